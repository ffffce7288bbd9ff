def outer(a, b, c, x, y):
    try:
        f((a or c))
        for y in ((not ()) if ('s' if x else a) else b):
            if (lambda q: q + c):
                break
        else:
            try:
                c = [a for a in (-x) if x.m({y: 0}, k=(b if b else a))]
            except:
                a = (None < y <= ())
                pass
            f(('s' < c <= (y if a else 1)))
    except ValueError as err:
        f(('s' < (y if y else a) <= 2))
        f((not x))
        for b in f'{b}-{a!r}':
            if (a < (not 10)):
                b += {(1 + x): b}
                a += a[None]
                y, b = x.m(b, k=(a if x else None)), (not {b: 1})
    finally:
        class K0:
            attr = (not 0)
            def meth(self):
                for a in [y, a]:
                    f((y == [c for b in x if y]))
                class K1:
                    attr = a.m((not ()), k=b)
                    def meth(self):
                        f((not [a for a in b if a]))
                        b += (-1 < f(b, b) <= y)
        try:
            f((a if y else y))
            pass
        except ValueError as err:
            if [x for y in (None + 0) if x.m([b, 10], k=2.5)]:
                b += f([b, c], y)
                pass
            else:
                a += c.m((c < c <= x), k=b)
    x = f'{c}-{c!r}'
    with {(c if b else b): True} as c:
        x += b.m(b, k={b: c})
        assert (-a), [c, (y if a else y)]
    x = [a.m(b, k=y), (c + c)]
    return a
