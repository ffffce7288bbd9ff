def outer(a, b, c, x, y):
    if (f'{x}-{a!r}' < x <= ()):
        assert (-b), b.m((a < a <= x), k=y)
        pass
        while (a < x <= -1):
            while y[c['s']]:
                f(f(b[x], (2.5 and x)))
                y += f(y, (-y))
                c += [y, c]
            break
            f((-c))
    else:
        with (a or a) as b:
            with (y.m(b, k=a) if (10 and y) else a[1]) as c:
                b = (y < b <= a)
                b += (b + [y for b in x if b])
            pass
            class K1:
                attr = 10
                def meth(self):
                    x = f'{b}-{x!r}'
                    return [x.m(b, k=2.5), a]
                    c = (not a)
    f([y for b in y if c])
    return a
