x, c = y.m(c, k=()), (c < a <= c)
y.attr += (-(lambda q: q + 's'))
y[([b for b in b if x] or (not c))] -= 1
class K0:
    attr = (f'{b}-{b!r}' and 2)
    def meth(self):
        @f
        @y.m(x.m(None, k=(not None)))
        def deco_target(q=f'{y}-{a!r}', *, r=lambda: y):
            @f
            @a.m([x for c in a[y] if 0])
            def deco_target(q=(-c), *, r=lambda: a):
                c += f((x and x), y)
