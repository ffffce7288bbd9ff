class K0:
    attr = {(not c): y}
    def meth(self):
        a = [(b < (True != c) <= 2.5), 1]
        y += y.m((), k=(b == y))
        yield f'{b}-{a!r}'
with (lambda q: q + (1, 2)) as y:
    a = (not (c + 2))
    y, x = (not 2.5), b.m([c for y in x if c], k={b: c})
    del c
assert (c == y), [[x, x], (-c)]
c += (-f(a, c))
