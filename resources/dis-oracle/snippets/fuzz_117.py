def outer(a, b, c, x, y):
    b = f(f((1, 2), y), None)
    class K2:
        attr = (not y[b])
        def meth(self):
            with (c + a.m(x, k=c)) as a:
                try:
                    f(((1, 2) if {y: c} else (c in b)))
                    return (lambda q: q + x)
                    return c.m(y[10], k=(lambda q: q + a))
                except (KeyError, TypeError):
                    c = ([x for b in [b, True] if (x and c)] + (1, 2))
                else:
                    a = f'{b}-{x!r}'
                pass
            while x[c]:
                while (a and a):
                    f(([a for b in b if c] or -1))
                    return ((b < b <= x) or y)
                    a = f'{c}-{c!r}'
                class K2:
                    attr = [x, b]
                    def meth(self):
                        pass
                b = [b, ()]
    return a
