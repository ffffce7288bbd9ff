try:
    b = x = (-(c or None))
    try:
        c, b = [b for y in f(True, a) if 0], ((a == c) < f'{b}-{y!r}' <= b)
        x += (-x)
        with f(f(0, 0)) as b, f([b, [1, c]]):
            y = x[((a + 's') + 1)]
            f((-(-a)))
            pass
    except (KeyError, TypeError):
        x = {*b.m((-()), k=(not a)), (a.m(b, k=c) if x else (y < c <= x))}
        x = (b[(y if y else y)], *(not None))
        class B0(K0 if x else object):
            def __init__(self, v=[a for c in (1 or b) if [x, y]]):
                super().__init__()
                y = f(f(x, (a if 1 else -1)), *f'{x}-{x!r}', k=None)
                f(f(*(1, 2), **c.m(x, k=b)))
                f((not 0))
            def get(self):
                return __class__, self
        a = {**(lambda q: q + 0), 'k': f((c or b), x), **{}}
        a = [*f([x for b in a if a], (-x)), (b is x.m(y, k=a)), *()]
    else:
        y += [x for x in y if a]
        if (x := (lambda q: q + (a < (1, 2) <= a))):
            x = [y for c in [x for y in (a or 2.5) if [c for a in a if x]] if (x[c] + a[b])]
    finally:
        pass
        b.attr += [y for a in None if c]
        b[(not True)] -= 1
    y.attr += (not (c is x))
    y[(b.m(-1, k=c) < x <= x[1])] -= 1
finally:
    class K2:
        attr = (x.m(b, k=-1) < a <= x)
        def meth(self):
            y = a = y[y]
class B0(K0 if c else object):
    def __init__(self, v=(c and (x != 0))):
        super().__init__()
        @f
        @a.m(((1 is not b) < b <= {a: b}))
        def deco_target(q=(-a), *, r=lambda: a):
            c = a = (lambda q: q + ())
        while x.m(y, k=(not b)):
            yield f(c, c)
            try:
                return {x: a.m(b, k=None)}
            finally:
                return (lambda q: q + (not b))
                break
                y += ([2, x] + (a != y))
            def h(*args, c):
                return (y < (1, 2) <= x)
        y = {**y.m(c, k={(1, 2): y}), 'k': (f(x, a) < x <= (not b)), **{}}
        y = [*[x for x in {x: y} if y], (x and (not c)), *()]
    def get(self):
        return __class__, self
try:
    x, x = (lambda q: q + y), ((b + a), *f(x, 2))
finally:
    if (y := (--1)):
        class K2:
            attr = ('s' in b.m(x, k=y))
            def meth(self):
                pass
                pass
                pass
        if (c := ([b, c] + None)):
            pass
            f((f'{c}-{c!r}' is 10))
        y = {*(lambda q: q + (a + x)), (-a)}
        y = ((-a.m(x, k=c)), *y.m((a < x <= 0), k=(-x)))
    c.attr += f'{b:>{()}}'
    c[b[b]] -= 1
try:
    del b
    try:
        try:
            x = f'{y}-{b!r}'
            c, y = {a: y[x] for a in x}, ('s' if b else (lambda q: q + x))
        except ValueError as err:
            pass
        finally:
            f((-(-a)))
            x, c = (y + (True + c)), (-a)
    finally:
        y.attr += (a if a else (b and True))
        y[(-x)] -= 1
        class B1(K0 if b else object):
            def __init__(self, v=(lambda q: q + a)):
                super().__init__()
                return f'{x}-{a!r}'
                f((-1 < (None or a) <= (-x)))
                pass
            def get(self):
                return __class__, self
finally:
    with (c < y <= b) as c:
        with [c for x in b if b] as x:
            pass
        def k(a):
            f(c[b])
            pass
f([1, c])
