for c in {b: 10}:
    continue
del b
class K1:
    attr = (c if c else (x + y))
    def meth(self):
        with (lambda q: q + f'{x}-{b!r}') as b:
            if ('s' < x <= ((0 < a <= x) or f'{x}-{b!r}')):
                a += (-0)
                return (-c[b])
            return (not x)
            class K1:
                attr = (y < x <= c)
                def meth(self):
                    return (f'{a}-{c!r}' == b)
        x = c = ({y: a} < c <= 10)
        class K0:
            attr = f'{b}-{b!r}'
            def meth(self):
                while y[::b]:
                    c = [f(*(y if y else c), **b), (lambda q: q + y)]
class K0:
    attr = f'{a}-{c!r}'
    def meth(self):
        return {a: x}
        x = c = [a for y in (c < True <= b) if y]
b = a.m(None, k={f'{y}-{x!r}': f(y, a)})
