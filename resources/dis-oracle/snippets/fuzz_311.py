def outer(a, b, c, x, y):
    def gen(b, *rest):
        yield from (-{y: c})
        class B1(K0 if b else object):
            def __init__(self, v=(c in a[-1])):
                super().__init__()
                try:
                    pass
                finally:
                    return f((x if -1 else y), b)
                    y = y.m(10, k=[c for b in (a + a) if (c == b)])
                    f((-f'{c}-{y!r}'))
                while (c.m(True, k=c[a]) < x <= f(c[x], f'{b}-{b!r}')):
                    b += (c is not True)
                    continue
                    b = (True != f((b + a), (a < c <= -1)))
                if (not (not (a or 10))):
                    return (a < [-1, c] <= c)
                    return (a and b)
                    pass
            def get(self):
                return __class__, self
        yield x[c]
        yield (b, rest)
    del a
    for c in f'{y}-{b!r}':
        x.attr += [2.5, b]
        x[(lambda q: q + c)] -= 1
        def k(*args, c):
            while f'{x}-{x!r}':
                c += f'{a}-{c!r}'
            class B1(K0 if y else object):
                def __init__(self, v=(-y)):
                    super().__init__()
                    f(f'{c}-{a!r}')
                    a = y.m(a, k=([x, x] < None <= a[b]))
                def get(self):
                    return __class__, self
            yield y[(c is y):b]
    else:
        a = a = y[c.m(x, k=a)]
        y = {*a.m(c, k=y), (x != 2.5)}
        y = ([None, f'{x}-{b!r}'], *sum(x for x in y))
    with f([x for y in c if c[y]]) as b, f(((a in a) == y)):
        y, *y = (c is c)
        if x[a]:
            def h(a):
                x += f'{a}-{b!r}'
            b, *b = (lambda q: q + y.m(2, k=x))
        else:
            c, c = (lambda q: q + (c < c <= a)), [x for a in (y + x) if [c for y in y if b]]
            if (c < a):
                f([a, 2])
                pass
                pass
            else:
                pass
    c, *y = x.m((a < a <= y), k=a)
    return a
