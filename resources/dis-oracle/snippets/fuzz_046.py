try:
    class K1:
        attr = [c for x in y if c]
        def meth(self):
            if a[a]:
                c += (y is x)
                y = y
            x = (y == a)
except:
    a += f((c if y else x), (c is not True))
    while b:
        while ((1, 2) < b <= (b or (0 or -1))):
            c += f'{x}-{y!r}'
        assert a[x], f((y + a), (1, 2))
        while [b, b]:
            continue
            f((lambda q: q + 0))
y, y = f(a, y), [None, f'{b}-{c!r}']
assert [c for b in (y != c) if b], (2 < y <= (y if y else a))
x, b = (lambda q: q + a), x[b]
x += c.m(a, k=x)
