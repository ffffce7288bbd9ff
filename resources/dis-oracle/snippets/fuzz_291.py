def outer(a, b, c, x, y):
    class K1:
        attr = ((-b) + b)
        def meth(self):
            return ('s' if y[c] else f(c, b))
            try:
                class K0:
                    attr = f'{x}-{y!r}'
                    def meth(self):
                        b = [b for c in 0 if x]
                        pass
                yield f'{x}-{a!r}'
            except (KeyError, TypeError):
                y = (-True)
                def inner():
                    nonlocal x
                    x = f'{b}-{y!r}'
                    return x
            else:
                yield ([a for b in c if b] in (x or b))
                import os.path as a
            finally:
                if (-a[f'{c}-{y!r}']):
                    y += f'{y}-{y!r}'
                    a += ((y if 2 else b) if b else (lambda q: q + y))
            with f(-1, a[c]) as b:
                def k(*args, c):
                    f((-(1, 2)))
    assert [2, (not x)], ((-y) if 2.5 else f'{y}-{x!r}')
    try:
        a, *y = {y: x}
        import os.path as a
    except ValueError as err:
        b, b = f(f(a, b), *(lambda q: q + x), k=(not a)), (-1 + c)
    c = [2, f'{a}-{x!r}']
    return a
