def outer(a, b, c, x, y):
    y, b = f'{a}-{b!r}', ((y < True <= x) if (a if a else c) else (y + b))
    y = f'{c}-{a!r}'
    try:
        while {(f'{c}-{c!r}' < (0 if x else y) <= True): c}:
            b = (not b)
            class K0:
                attr = x.m((1, 2), k=a)
                def meth(self):
                    y = (f({2.5: b}, c) < a)
        assert ((lambda q: q + a) + 's'), ((1 is a) is not x)
    except ValueError as err:
        while [a for b in (0 < 2.5 <= b.m(c, k=c)) if b[f(c, x)]]:
            f((not y))
            assert {f(c, ()): True}, (lambda q: q + x)
            while {b: c}:
                a, a = (f(b, x) if c else y), f(y, x)
        class K0:
            attr = (b if b else (lambda q: q + y))
            def meth(self):
                with (-(lambda q: q + y)) as y:
                    c = y
                def g(*args, c):
                    y += f(x, x)
        with [y for x in x if 2.5] as y:
            def g(x, /, y=2, **kw):
                f((not [y for c in b if c]))
    finally:
        del b
        del c
    return a
