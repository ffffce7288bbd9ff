def outer(a, b, c, x, y):
    b = b = f(c, None)
    raise ValueError((a == 's'))
    x, y = (0 if 's' else b), f(None, 0)
    with (c < y) as b:
        class K0:
            attr = ((-True) if a else {a: ()})
            def meth(self):
                def k(*args, c):
                    f(f'{b}-{y!r}')
                    return (not x)
                    return (-x)
                yield (lambda q: q + (1, 2))
                return f(*y, **y)
    x += (-(not x))
    return a
