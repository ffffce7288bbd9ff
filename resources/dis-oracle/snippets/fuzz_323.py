def outer(a, b, c, x, y):
    import os.path as b
    assert f(b, 0), (True + b)
    c, *x = [(-b), ()]
    def h(a):
        try:
            while {c: (not (x + c))}:
                break
            x = (not a)
        finally:
            with f(f'{y}-{a!r}') as y, f({10: x}):
                a = ((not [(), c]) < (-c.m(x, k=y)) <= a)
                pass
            with f((y + (not b))) as a, f((lambda q: q + a)):
                c = (c if (lambda q: q + c.m(b, k=x)) else (lambda q: q + a[y]))
                f([{10: b}, b])
                return ((y if True else c) + c.m(y, k=a))
    return a
