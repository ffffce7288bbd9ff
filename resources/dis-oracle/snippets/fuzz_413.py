def outer(a, b, c, x, y):
    import os.path as a
    with f((f'{b}-{b!r}' + f(b, y))) as b, f([b, ()]):
        with (lambda q: q + (True < a)) as x:
            pass
    pass
    if b[f((), c)]:
        f([y for y in b if c])
        try:
            class K1:
                attr = (not ())
                def meth(self):
                    return f'{c}-{a!r}'
            y = {*('s' == (not a)), (b and a)}
            y = ((lambda q: q + a), *f'{y}-{a!r}')
        except:
            if f'{y}-{a!r}':
                pass
                c = (((c + y) or [c, y]) and (y != (-1 and c)))
        finally:
            pass
        c = {*((1, 2) if (not x) else (-'s')), [c for x in 2 if x]}
        c = ((c < b), *c[(-y)])
    else:
        c = {**{y: 10}, 'k': (-a), **{}}
        c = [*[b for a in {c: c} if (-b)], {(-2.5): (y is not c)}, *()]
        y = c = (-b)
    def gen(y, *rest):
        yield from (None if 10 else c)
        while c.m(c, k=b):
            def gen(y, *rest):
                yield from (lambda q: q + None)
                y += f(*1, **b)
                yield (y, rest)
            if [10, c]:
                return [b for a in f(a, 2.5) if c]
                f([y for y in (b and x) if a])
                y += y.m((1, 2), k=[b for a in b if 1])
        return (not x)
        class B1(K0 if y else object):
            def __init__(self, v=(a if (not b) else (x < b <= y))):
                super().__init__()
                y = {**(c == (not a)), 'k': [(1, 2), f'{x}-{c!r}'], **{}}
                y = [*[(None if x else True), a], (not y.m(x, k=x)), *()]
            def get(self):
                return __class__, self
        yield (y, rest)
    return a
