def outer(a, b, c, x, y):
    try:
        for b in (f(c, c) and f(x, x)):
            break
        for b in (10 + a):
            class K1:
                attr = (b + [a, y])
                def meth(self):
                    pass
                    f(y[b[b]])
            c, b = {f(a, b): (not a)}, (x := x.m(a, k=a))
            assert f((not (1, 2)), -1), (-())
        try:
            b = a = f'{c}-{c!r}'
            f((b or x))
            assert {c: [y for y in c if y]}, [x for b in x if c]
        except (KeyError, TypeError):
            del x
            class K2:
                attr = ((lambda q: q + b) is (y is not y))
                def meth(self):
                    return f(*(x < c <= 0), **[b, b])
            class K2:
                attr = [c for b in f'{y}-{c!r}' if {'s': y}]
                def meth(self):
                    y = (x + b)
                    f(([b for c in () if c] < y <= [a for x in y if x]))
        else:
            with [c for x in (-a) if x] as a:
                b = f'{x:>{None}}'
                y = ('s' and (lambda q: q + x))
    except:
        import os.path as x
        y.attr += (f(b, c) + ())
        y[{None: (b if x else c)}] -= 1
        raise ValueError(f'{a}-{b!r}')
    finally:
        assert (0 if f'{x}-{a!r}' else (a or -1)), ('s' < a)
    f({x: (c if None else x)})
    return a
