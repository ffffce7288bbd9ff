def outer(a, b, c, x, y):
    if (a := [y, (-a)]):
        @f
        @y.m((y + 2.5))
        def deco_target(q=(c[y] < b <= -1), *, r=lambda: y):
            class B1(K0 if a else object):
                def __init__(self, v=b.m(a, k=(None != ()))):
                    super().__init__()
                    f(f'{b}-{b!r}')
                    f((b or (lambda q: q + y)))
                    f((x + f((), x)))
                def get(self):
                    return __class__, self
            if (a < 10 <= ((x < c <= x) and (b if b else b))):
                pass
                b += f'{a}-{y!r}'
        class K0:
            attr = [a, 0]
            def meth(self):
                a.attr += (x and 0)
                a[((lambda q: q + a) + b)] -= 1
                with f(((c + 2.5) or x)) as c, f(({x: 10} or (lambda q: q + b))):
                    x = (lambda q: q + 2.5)
    f(f'{a}-{a!r}')
    return a
