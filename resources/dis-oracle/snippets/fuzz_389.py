def outer(a, b, c, x, y):
    y = {*(lambda q: q + a), ([x for a in c if b] < y <= True)}
    y = ((0 < (x and b) <= x[10]), *f(*(x < c), **None))
    b.attr += (a if () else x)
    b[(0 if (-x) else 1)] -= 1
    y += (-y[-1])
    c.attr += (b.m(2.5, k=a) or (x != 's'))
    c[(c and {b: x})] -= 1
    class K2:
        attr = [[y, b], 2]
        def meth(self):
            b = {*[b, x], (lambda q: q + c)}
            b = (('s' if (1, 2) else (y < c <= a)), *f(b, 2.5))
            pass
            def g(a, b=1):
                nonlocal_target = [(x < b <= c), 's']
                with ((a if c else a) is not b) as c:
                    y += (not (y < b <= x))
    return a
