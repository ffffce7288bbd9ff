with [y for a in x if f'{b}-{b!r}'] as c:
    for b in ({x: y} if {x: a} else [b, b]):
        assert (-1), (not (-b))
        break
    def k(a):
        try:
            a = {f'{b}-{b!r}': (-c)}
            b += ((lambda q: q + a) if x else [c, 1])
            f([a, x])
        except ValueError as err:
            f(((lambda q: q + x) is not a))
y = x.m([2.5, (x < x)], k=(y.m((), k=a) or (None if x else x)))
with f'{a}-{b!r}' as a:
    def h():
        nonlocal_target = (not (lambda q: q + x))
        if [f((not y), f(-1, b)), x]:
            pass
            return f'{b}-{a!r}'
            return f((not 1), (c < x <= (1, 2)))
        else:
            b += (None + (lambda q: q + a))
f((not (-1 + x)))
while {b: {(0 + b): a}}:
    del c
    class K0:
        attr = (a if x.m(x, k=y) else x.m(b, k=x))
        def meth(self):
            for x in ((not c) < (b < None <= y)):
                b += b.m(x, k=x)
            with (f'{x}-{y!r}' < a) as b:
                x = (f'{a}-{x!r}' < ((y if x else c) < b) <= None)
                b = [a for b in (c + a) if b]
