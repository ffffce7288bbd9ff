if (lambda q: q + a):
    raise ValueError(([b, b] or -1))
else:
    @f
    @x.m(f'{a}-{y!r}')
    def deco_target(q=(y in x), *, r=lambda: x):
        if (c if b else (2.5 if f(b, a) else f(10, 2))):
            pass
            pass
            x = (y < (-(x < a <= a)) <= x)
        if (c := (-(a < x <= c))):
            return (a + [b for c in b if y])
            b += (a[b] + [a for a in x if c])
            b += x.m(None, k=0)
        for x in [a for a in c if c]:
            a = f'{c}-{x!r}'
            c = f'{c}-{a!r}'
    x = {**(c or a), 'k': f(*b, **(lambda q: q + a)), **{}}
    x = [*a.m(a, k=y), (lambda q: q + (-y)), *()]
    def gen(a, *rest):
        yield from (not ())
        f({2.5: c})
        yield (a, rest)
a.attr += [(c if c else 2.5), y]
a[([y, -1] < (-x) <= (x in y))] -= 1
del a
@f
@x.m((y if (c + c) else x))
def deco_target(q=(lambda q: q + 2), *, r=lambda: x):
    x = {*{[a for a in y if b]: y}, (-c)}
    x = ({(lambda q: q + 1): ()}, *(not 's'))
    a += f'{b}-{b!r}'
    del y
@f
@a.m(a.m(f(c, a), k=b.m(c, k=y)))
def deco_target(q=[c for a in c if b], *, r=lambda: a):
    yield (y, *1)
    class K2:
        attr = (1 == a)
        def meth(self):
            def gen(x, *rest):
                yield from ((c or y) + [y for a in y if 1])
                pass
                yield (x, rest)
            if ((not (-1 < c <= y)) if {b: b} else b):
                pass
                return (x if b else x)
            else:
                f([2.5, (x < x <= y)])
                return (0 if b else [c for c in 1 if x])
            import os.path as x
