y += (not x)
assert b, (-f(b, ()))
def g(a):
    return a[f(x, a)]
    class K2:
        attr = b
        def meth(self):
            def k(*args, c):
                nonlocal_target = (lambda q: q + [b for b in 1 if a])
                a += c.m(c, k=(a or a))
            c = f'{a}-{a!r}'
            pass
    while (lambda q: q + (not (1, 2))):
        f(c[x])
x += (-f'{b}-{a!r}')
