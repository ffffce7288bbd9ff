def outer(a, b, c, x, y):
    class K0:
        attr = [c, 1]
        def meth(self):
            if (c := f(y, [c, y])):
                def k(a):
                    return (f'{x}-{b!r}' < 2.5 <= b)
                yield x[::c]
                if (y := (y + {10: x})):
                    f(((c or 's') if y.m(None, k=y) else x[x]))
            try:
                pass
            except:
                if (c := (lambda q: q + ())):
                    f(y.m(x, k=-1))
                import os.path as x
                if (b := (-x)):
                    f((lambda q: q + (-x)))
                    a += f(c, y)
            a += (a < y <= (x < (1, 2) <= c))
    if (a if a else (-(b or y))):
        with a.m(c, k=True) as y:
            pass
            y.attr += {c: (-a)}
            y[a[-1]] -= 1
    else:
        del y
        del c
    return a
