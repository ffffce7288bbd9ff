while (not None):
    b = b = f'{y}-{b!r}'
b = ('s' < f'{y}-{a!r}')
import os.path as b
b = f'{y}-{a!r}'
@f
@a.m((-y))
def deco_target(q=(y != c), *, r=lambda: a):
    c = {**a[y], 'k': (not b), **{}}
    c = [*x.m((--1), k=f(b, y)), a.m((c < y <= c), k={b: True}), *()]
    class K2:
        attr = a[(-x)]
        def meth(self):
            try:
                return a.m(10, k=x)
                pass
                f([a for y in c.m(a, k=a) if y])
            except:
                c = (lambda q: q + c)
