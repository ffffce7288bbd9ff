pass
assert (lambda q: q + y), x.m([a for c in c if a], k=b)
for a in (-()):
    y += [(lambda q: q + b), c]
else:
    for x in (a[y] if True else c):
        with (c if -1 else x) as y:
            f(((y < None <= 10) and x))
            x += (a if c else b.m(c, k=c))
            break
        try:
            f((None if True else b[b]))
        except ValueError as err:
            f((lambda q: q + {1: a}))
            y += [[c, c], (a + c)]
            x = f'{c}-{a!r}'
    x, c = x.m((a < 10 <= b), k=-1), {y: 's'}
    pass
def gen(c, *rest):
    yield from (a if (y if y else b) else b)
    class K0:
        attr = (x[x] is not x)
        def meth(self):
            b = {**((c != b) < (2.5 or c) <= a.m(y, k=c)), 'k': [y for x in (-None) if c], **{}}
            b = [*y.m(y, k=a), f((-y), a), *()]
            c = a = (lambda q: q + c)
    b += f((x < a <= a), *(-y), k=(lambda q: q + x))
    b = {*((-y) < x <= 1), (lambda q: q + 1)}
    b = ((not 's'), *sum(b for b in 1))
    yield (c, rest)
if (y := (y or [x, 10])):
    assert ([c for b in c if x] if y else 2), ('s' < y <= (1, 2))
    y, *y = (lambda q: q + (lambda q: q + x))
    class K0:
        attr = f'{y}-{b!r}'
        def meth(self):
            class B1(K0 if a else object):
                def __init__(self, v=(2 + x)):
                    super().__init__()
                    pass
                    a += ((y or a) and (-a))
                def get(self):
                    return __class__, self
            class B1(K0 if c else object):
                def __init__(self, v=[y for x in () if 0]):
                    super().__init__()
                    f([y for y in () if b[b]])
                def get(self):
                    return __class__, self
