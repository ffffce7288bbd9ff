c = {*(x := c), (lambda q: q + [b for y in b if y])}
c = (((-b) if (lambda q: q + x) else {y: x}), *({y: y} and [x for b in b if y]))
try:
    @f
    @a.m({(c + y): (-1 + 10)})
    def deco_target(q=(() or x), *, r=lambda: a):
        pass
finally:
    try:
        with a.m((a + None), k='s') as a:
            a += a[c[b]]
            f([(not x), 2])
        a = {*(y == (x if c else 1)), (-x)}
        a = ((-c), *('s' < a <= (x + None)))
    except (KeyError, TypeError):
        a = f((not (c or c)), b)
        a.attr += (not a)
        a[(None if x else c)] -= 1
        if (lambda q: q + (not ())):
            y = ('s' + c)
            f([c, a[b]])
            c += [[y, a], 2]
    else:
        if y[(-(a or b))]:
            pass
        else:
            c = ({x: f(None, y)} is not b[b:None])
            c, x = (f'{b}-{b!r}' < 1 <= (b if x else x)), y[::1]
            y = f((b == a), 2)
        class K2:
            attr = {(x or a): (not b)}
            def meth(self):
                a = (lambda q: q + (-b[c]))
    finally:
        for c in x.m((c and y), k=()):
            x, y = (--1), (-())
        else:
            pass
            y = {y: a[x] for y in ((1, 2) is not ())}
            pass
        def h(a, b=1):
            y = (x is not a)
            pass
            a += x[b]
    b.attr += [c for x in y if (c if b else c)]
    b[[[y for c in b if True], c]] -= 1
for c in ([a for b in c if c] != b):
    c, x = (not (not None)), (b and x)
    y = (((x if True else x) + y), *(x < x <= x))
try:
    class B1(K0 if x else object):
        def __init__(self, v=(y if (y + y) else f'{a}-{c!r}')):
            super().__init__()
            with [b for b in (y if c else x) if c.m(a, k=x)] as y:
                pass
                f({(True + (1, 2)): (b in y)})
            y.attr += [x, b]
            y[((-x) in [x, a])] -= 1
            b = {**(y if (-b) else y), 'k': (() == b), **{}}
            b = [*(not 1), [y for c in (b if c else 2.5) if a], *()]
        def get(self):
            return __class__, self
    with (1 if b[c] else 0) as x:
        try:
            a, y = (() + (b + b)), c[True]
        except ValueError as err:
            x = [a for x in y.m((x == b), k=b) if f'{y}-{b!r}']
            pass
    import os.path as x
finally:
    def k(a, b=1):
        class B1(K0 if y else object):
            def __init__(self, v={a for a in 1 if a}):
                super().__init__()
                y = (x < {x: x} <= 's')
                pass
                return [c, f(c, a)]
            def get(self):
                return __class__, self
        c = {*f(y, y), ((lambda q: q + c) < (1, 2))}
        c = (f'{x:>{(x if b else b)}}', *(not 's'))
        for b in {a: [a, 2.5] for a in y}:
            y += c.m(2.5, k=[c, x])
            x += (lambda q: q + -1)
            return f(b, (x or a))
        else:
            return (-a)
            return (a < [y for a in c if a] <= b)
class K2:
    attr = (c.m(b, k=(1, 2)) == x)
    def meth(self):
        import os.path as b
