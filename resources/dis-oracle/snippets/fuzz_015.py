def outer(a, b, c, x, y):
    try:
        pass
        assert (-{y: x}), (not b)
        c += a[a]
    except (KeyError, TypeError):
        b = (not b)
    else:
        c, x = (a or y), (c < (not c) <= a)
        def h():
            return {{y: x}: {c: y}}
    class K2:
        attr = [c for y in -1 if b]
        def meth(self):
            yield {x: -1}
            while (lambda q: q + 10):
                return c[2]
                try:
                    return (lambda q: q + a.m(x, k=a))
                    f({(() < y <= b): {x: a}})
                    y += (-(lambda q: q + a))
                except:
                    continue
                    c = x.m([b.m(y, k=True), (1, 2)], k={[b, a]: (b + (1, 2))})
                finally:
                    c += (not (-b))
    f((-(2 if c else 0)))
    a += y[[a for y in b if a]]
    return a
