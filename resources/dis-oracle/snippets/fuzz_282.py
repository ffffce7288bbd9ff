f((a if b else a))
while c[(-y)]:
    try:
        continue
        x, a = (lambda q: q + c[a]), ([x, a] if y[a] else [c for x in b if ()])
    except (KeyError, TypeError):
        break
        for y in (-1 < b <= -1):
            b, x = ((b and c) < [x, x] <= f(c, a)), (None is b)
            x, c = (b if c else {a: a}), (-y)
            break
    else:
        b = (not y.m(2.5, k=b))
        class K2:
            attr = f((lambda q: q + x), a)
            def meth(self):
                f((not b))
                pass
    if (y := c.m(True, k=y.m(a, k=a))):
        b += f(x, x)
    assert b[::{y: 2}], (lambda q: q + x)
b = b = y[None]
class K2:
    attr = (lambda q: q + (1, 2))
    def meth(self):
        f((c and c))
        if (y := f'{a}-{y!r}'):
            b = f'{a}-{c!r}'
        pass
assert [c for c in x if True], b.m((lambda q: q + y), k=(a == b))
