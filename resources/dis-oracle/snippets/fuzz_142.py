del a
for a in {(-c): True}:
    if (lambda q: q + ({a: y} < (x and a) <= {None: c})):
        assert {c.m(a, k=y): y.m(c, k=10)}, (not f'{x}-{c!r}')
        with (-f(x, a)) as y:
            f(((a == 0) < b <= (lambda q: q + y)))
            y, y = (lambda q: q + f(0, ())), f'{b}-{b!r}'
a, c = (not (y < c <= c)), (not c)
x += f'{y}-{y!r}'
assert f'{a}-{a!r}', c[(y < x <= c)]
