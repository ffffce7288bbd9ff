def outer(a, b, c, x, y):
    def g(x, /, y=2, **kw):
        yield (-b)
        f([a for x in y if 10])
    f([c for a in (None if b else b) if f'{x}-{y!r}'])
    class K1:
        attr = (-())
        def meth(self):
            del x
            yield {(not b): (1, 2)}
    def g():
        yield ((1, 2) + y)
        f(([b for x in True if a] if a else c))
        pass
    with {0: x} as b:
        def h():
            return (not (c + a))
            pass
        f((-f'{y}-{y!r}'))
    return a
