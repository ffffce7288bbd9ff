def outer(a, b, c, x, y):
    a, c = (not c), (-y)
    try:
        del b
        for b in (not (x if x else x)):
            import os.path as x
    finally:
        c += (not (b + b))
        for c in (-10):
            assert (lambda q: q + {c: x}), (c < c <= b)
            f((lambda q: q + x))
            @f
            @b.m((True < [b for x in c if c] <= (x < x <= 1)))
            def deco_target(q=f(c, x), *, r=lambda: b):
                f((lambda q: q + x))
                a += f(*(not a), **0)
        def gen(x, *rest):
            yield from c['s']
            try:
                b += (1 < c <= c)
            finally:
                return (not a[x])
                a += (lambda q: q + (b and True))
                return (not (lambda q: q + a))
            import os.path as c
            yield (x, rest)
    try:
        class B0(K0 if b else object):
            def __init__(self, v=(lambda q: q + a)):
                super().__init__()
                x = a.m((), k=[a.m(c, k=-1), a])
                def k():
                    nonlocal_target = (-{None: -1})
                    return ((-b) + (x if x else x))
                yield a.m((not 1), k='s')
            def get(self):
                return __class__, self
    finally:
        with f(f'{y}-{c!r}') as b, f((b < b <= a)):
            assert (2 and (not y)), ((-a) < [b, y])
        y.attr += ([b for c in c if a] != [c, 10])
        y[x[y]] -= 1
    return a
