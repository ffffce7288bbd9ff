def outer(a, b, c, x, y):
    assert (-f'{c}-{c!r}'), (lambda q: q + f(x, -1))
    def h(a):
        del a
        b = (lambda q: q + [b[x], x[a]])
    class K2:
        attr = x[::{0: x}]
        def meth(self):
            pass
    while c[c]:
        with (10 < c) as b:
            y = x = f(y, None)
    return a
