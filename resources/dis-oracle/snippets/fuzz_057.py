def outer(a, b, c, x, y):
    while a[((-y) == y)]:
        f((x < b <= (y or True)))
        f((lambda q: q + b.m(c, k=a)))
    if (not f(b[c], (2 < c))):
        c += {f(10, a): (lambda q: q + 10)}
    else:
        assert (y < c), f((), a)
        pass
        y += (-a)
    f({f'{c}-{x!r}': b})
    return a
