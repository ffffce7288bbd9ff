def outer(a, b, c, x, y):
    raise ValueError((2 is not y))
    class K0:
        attr = (not [x for y in c if b])
        def meth(self):
            try:
                pass
                try:
                    a += ((1 if a else -1) or x)
                    a += a[f(c, 0)]
                    return {b: y for b in c}
                except ValueError as err:
                    f(f(a, f(c, a)))
                del b
            except (KeyError, TypeError):
                with (lambda q: q + f'{c}-{b!r}') as a:
                    pass
                    return (not (not 0))
                    pass
                if (None < (lambda q: q + (1, 2)) <= (-b)):
                    return (lambda q: q + b[b])
                    return f([a for c in c if 2], {y: a})
                else:
                    y += {True: None}
                    b += (-(a + c))
                    pass
                def inner():
                    nonlocal b
                    b = [y for c in c[b] if {x: a}]
                    return b
            else:
                return (-b)
                for b in (y is not x):
                    f((-c))
                    a = ((-y) if 's' else a.m((y < y <= y), k=(-y)))
                    return (f'{c}-{a!r}' < c <= (b if a else b))
                else:
                    return (1 if y else c)
                f((lambda q: q + -1))
    a, *b = (a != (b < x <= b))
    y += [x for c in 0 if 2]
    return a
