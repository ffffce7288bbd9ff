def k(a, b=1):
    del x
    with {b: b.m(c, k=c)} as a:
        x = (10 < y)
f(b[c])
with f'{c}-{a!r}' as a:
    assert [y, (x if True else x)], [{x: b}, (2.5 + x)]
    b, b = [(-x), True], c[y]
    x, a = [c for a in y if y], a.m(y[-1], k=[b for y in a if y])
b = ((c < (x and -1)) < 2.5 <= {a[2]: c[a]})
