def outer(a, b, c, x, y):
    if f'{x}-{b!r}':
        del a
        try:
            del y
            class K2:
                attr = f((y if y else ()), c)
                def meth(self):
                    pass
                    return (y or 2)
        except ValueError as err:
            y = f'{x}-{c!r}'
            try:
                y, a = (not [a, c]), f((y and (1, 2)), (1, 2))
                b += [x for x in y if c]
            except:
                a = [b for x in (-1 or ()) if (1, 2)]
            if (f(y, y) if f((-y), c) else [x for c in [x, x] if f'{y}-{a!r}']):
                y += (c if [y, b] else b.m(c, k=c))
                pass
    del a
    return a
