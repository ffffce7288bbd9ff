def outer(a, b, c, x, y):
    import os.path as a
    def gen(y, *rest):
        yield from (not x)
        a += ((x != a) or x)
        while (not [[a, True], y]):
            while (y in 0):
                b = [x for c in [(y if y else a), ((1, 2) < () <= y)] if b]
        pass
        yield (y, rest)
    for x in {(y in y): c}:
        with f((a + 0)) as c, f([c, a]):
            b = b = (-b)
            def h():
                nonlocal_target = b[::()]
                pass
                pass
                a += (-y)
            for y in (a if (1 or c) else a):
                a, b = (a and 1), (b < x)
                f((a.m(x, k=2.5) + c))
        f((a if {c: b} else y))
        class B0(K0 if x else object):
            def __init__(self, v=(lambda q: q + (b + a))):
                super().__init__()
                return (c if b else c)
                with (lambda q: q + (lambda q: q + -1)) as b:
                    pass
                    f(sum(c for c in b))
            def get(self):
                return __class__, self
    del y
    if [x for x in True if ()]:
        with (c and a) as x:
            with f(y, c) as a:
                c += b.m(x, k=None)
                x += [b for c in 's' if 2]
            y, *a = (not (x + b))
            @f
            @a.m(a.m((lambda q: q + c), k=f(y, 10)))
            def deco_target(q=f'{y}-{x!r}', *, r=lambda: a):
                c += (y if b.m(a, k=c) else (a + a))
                y += b.m(b, k={b: a})
                x += (-y)
    else:
        class B1(K0 if c else object):
            def __init__(self, v=(1 < b <= (not a))):
                super().__init__()
                def h():
                    a += {-1: x}
                del y
            def get(self):
                return __class__, self
    return a
