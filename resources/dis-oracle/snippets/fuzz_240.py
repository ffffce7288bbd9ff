while (c is not f((1, 2), (0 + y))):
    class K2:
        attr = f'{c}-{b!r}'
        def meth(self):
            yield ((c if a else y) if (y + 0) else (() or b))
            while (lambda q: q + y):
                f((lambda q: q + ()))
            try:
                x += [x, (x and x)]
                f((y < a <= c))
                pass
            except (KeyError, TypeError):
                x = (-((lambda q: q + 10) < (1, 2)))
                b = y[0:0]
                a = (not (b < {a: c} <= y))
            else:
                f({10: x})
class K2:
    attr = f((-y), a)
    def meth(self):
        try:
            c = a = f'{y:>{c}}'
            y = f'{x}-{a!r}'
        except (KeyError, TypeError):
            class K2:
                attr = ((lambda q: q + c) is (-a))
                def meth(self):
                    pass
        else:
            with x[[y for c in a if 1]] as x:
                return (y or y)
            x = (([x for x in 2.5 if x] or (10 or True)) if (1, 2) else a)
