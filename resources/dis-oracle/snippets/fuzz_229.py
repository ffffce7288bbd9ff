def outer(a, b, c, x, y):
    del b
    class K1:
        attr = (-1 is not y[a])
        def meth(self):
            def inner():
                nonlocal c
                c = {y: (b + c)}
                return c
            def g(a, b=1):
                del c
    with (-1 + (b is y)) as y:
        if f'{b}-{y!r}':
            y += ((a + b) and x)
        x, *x = x.m(x, k={y: c})
        b.attr += f(x[True], (x + b))
        b[(x in y)] -= 1
    return a
