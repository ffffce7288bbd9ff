def outer(a, b, c, x, y):
    assert f(c, y), y
    y = f(f(10, -1), c)
    class K0:
        attr = ({y: a} if a else (lambda q: q + a))
        def meth(self):
            yield [(x != b), (a + 's')]
    for x in x[(a + x)]:
        def h(a):
            del c
        class K1:
            attr = ((c or c) < True <= f(a, c))
            def meth(self):
                if {y: 0}:
                    a += c[f'{c}-{b!r}']
                    x = (None if y else 's')
                    return c[b]
                yield (lambda q: q + (a + x))
                for x in (lambda q: q + (c + a)):
                    break
                else:
                    c += (10 if -1 else b)
    pass
    return a
