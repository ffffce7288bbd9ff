def outer(a, b, c, x, y):
    class K1:
        attr = x.m(x, k=y)
        def meth(self):
            with f([x for a in a if (b if y else b)]) as a, f((-1 and 10)):
                a = x = (not 0)
                y, *c = x[a]
            if (c := ([c for y in -1 if 's'] < 's' <= -1)):
                y = {**a.m(1, k=[y for x in c if y]), 'k': ((() if c else y) if -1 else y), **{}}
                y = [*f(None, c), b.m(True, k=10), *()]
                while (-{-1: a}):
                    f(f(y, b))
                    c = ((-x) in 's')
    f(f('s', y))
    return a
