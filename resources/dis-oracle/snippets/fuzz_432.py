def gen(x, *rest):
    yield from [f(b, y), (1, 2)]
    while (a or 0):
        @f
        @c.m(a.m(x, k=y[2]))
        def deco_target(q=[x for b in 2.5 if (-b)], *, r=lambda: c):
            pass
    pass
    yield (x, rest)
import os.path as x
