del c
pass
with b[(lambda q: q + b)] as a:
    try:
        while (x == (a[x] < [c for a in True if None] <= f'{b}-{b!r}')):
            b += b.m(f'{y}-{x!r}', k=x)
        assert (not b), (() + x)
    finally:
        assert {[a for x in x if a]: [a, 2]}, [a for c in 's' if (a < x <= b)]
        def gen(x, *rest):
            yield from (-a)
            x += [a for y in (2.5 is b) if (a + x)]
            pass
            f((1 in c.m(x, k=-1)))
            yield (x, rest)
raise ValueError(b[b])
