def k(a):
    class K1:
        attr = y[(not x)]
        def meth(self):
            with (lambda q: q + (b == b)) as a:
                f([b for y in -1 if y])
                return (y if (not x) else 10)
                c += ((y or c) or (c in 10))
            pass
with (-c) as c:
    c, c = (-f'{a}-{y!r}'), (c if x else c)
    with (('s' + c) + (y if b else y)) as x:
        y, x = (lambda q: q + y), (not a)
        a = (c in ((b + 10) is (x < 2.5 <= c)))
        try:
            b += c[(y and x)]
            pass
        except (KeyError, TypeError):
            f(c.m((x < 0 <= x), k=-1))
            f((y < a <= b))
        else:
            pass
            f(y[y])
            pass
