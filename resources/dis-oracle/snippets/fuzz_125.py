def outer(a, b, c, x, y):
    def h(a):
        for b in (b if (c or c) else c):
            while f([x, y], (a + c)):
                continue
            b += (not x)
        try:
            del y
            pass
        except (KeyError, TypeError):
            c = ((y != y) + x)
        else:
            while ((f(b, ()) + (a is not y)) + 's'):
                return (c[b] and [True, c])
    assert f((y if c else x), [b, ()]), y
    return a
