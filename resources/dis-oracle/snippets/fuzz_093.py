def outer(a, b, c, x, y):
    for y in x.m((not y), k=(lambda q: q + 10)):
        try:
            c, x = [None, 10], ('s' + 10)
        except ValueError as err:
            del y
        finally:
            f((None < (-()) <= [b for x in 10 if y]))
            if (y or ((x < a <= x) + b)):
                f(True)
                a += f(y, c)
            else:
                b, y = f'{a}-{c!r}', (() != f'{y}-{a!r}')
                break
                f([x for b in (x + b) if (-y)])
            with ((b or y) + (lambda q: q + c)) as a:
                continue
    class K1:
        attr = [x for y in (-b) if 0]
        def meth(self):
            for b in ((y + y) or (y or b)):
                with (a < 10 <= c) as c:
                    c += (f'{a}-{x!r}' < c)
                    f(b[b])
                    break
    def h(*args, c):
        with [c for b in b if (not c)] as c:
            del b
            class K1:
                attr = f'{b}-{c!r}'
                def meth(self):
                    return b[(2.5 if 2 else c)]
                    return [b for y in c if c]
                    pass
        x += ((not a) is not [b for y in x if c])
    return a
