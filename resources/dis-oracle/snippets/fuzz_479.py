def outer(a, b, c, x, y):
    class K1:
        attr = (a + b)
        def meth(self):
            with f(f({a: c}, 10)) as c, f(b.m((c < y <= b), k=(c if -1 else c))):
                for a in f'{y:>{b}}':
                    c = (-y)
                    continue
                class B0(K0 if x else object):
                    def __init__(self, v={x: (not b)}):
                        super().__init__()
                        f({c: (-x)})
                    def get(self):
                        return __class__, self
            for a in f'{y:>{f(a, y)}}':
                def g():
                    nonlocal_target = a.m([a, y], k=(x + c))
                    pass
                    y = [c for c in ((c < a <= x) if -1 else c) if -1]
    with f(('s' or -1)) as x, f([a, (-c)]):
        x.attr += ((b + 0) + y)
        x[(not a)] -= 1
        a, *x = ((None < 0 <= x) < (c and y) <= (y < x <= 10))
        class K1:
            attr = (lambda q: q + (-b))
            def meth(self):
                b = f'{c}-{x!r}'
                del b
                with f([c for x in c if (b < x <= y)]) as b, f([a for a in (y < c) if y]):
                    return [c for b in (0 < b) if (-x)]
                    f([a for y in None if (2 < x <= y)])
    f((f'{c}-{y!r}' if True else None))
    for b in (-a):
        y, *x = b[b]
    else:
        c = y = f'{b}-{a!r}'
        while [1, x]:
            if (a := (not (b < a))):
                y += y[(1, 2)]
    class K2:
        attr = f'{b}-{x!r}'
        def meth(self):
            x.attr += f'{b}-{a!r}'
            x[(-2.5)] -= 1
            x = x = {[x for b in 0 if 2.5]: b}
            with (lambda q: q + -1) as c:
                pass
    return a
