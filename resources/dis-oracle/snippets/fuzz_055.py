def outer(a, b, c, x, y):
    def h(*args, c):
        x = (lambda q: q + x)
        if (x != True):
            return (c + f'{c}-{y!r}')
            yield [x for a in [c, y] if 1]
        if 's':
            a = [b, x]
        else:
            class K2:
                attr = [x, a]
                def meth(self):
                    a += (lambda q: q + (lambda q: q + b))
                    a += ({x: None} if (lambda q: q + b) else c)
            del y
            for x in b.m(None, k=a):
                b += ((-y) and a)
                x += a[y]
                return (True if None else [c for x in b if a])
    try:
        try:
            c += b['s']
            pass
        except:
            with (2.5 == (y if 2.5 else (1, 2))) as x:
                pass
                b = {f'{x}-{y!r}': f'{c}-{a!r}'}
        pass
    except:
        assert (not y), ((-b) + b)
        y += [x for y in x if (1, 2)]
        assert (y + c), (-'s')
    if {x: c}:
        f(y[2.5])
    b, b = [c for y in None if 10], [[c for x in x if b], a.m(a, k=x)]
    return a
