def outer(a, b, c, x, y):
    try:
        try:
            if (c := (a != 's')):
                a = f(a, 10)
        finally:
            a = (10 if (0 + c) else y)
            try:
                f(b[None])
                b, x = [('s' or c), c], ((-y) if a else a)
                y = {x: b}
            except:
                y = ((lambda q: q + x) if (x and b) else (1, 2))
            finally:
                x, c = f((-x), *(y == a), k=c), ({b: a} is a)
                f([y for b in [0, y] if (y < x <= x)])
                c, a = (b + f'{x}-{a!r}'), (() + [(), x])
        if (c is y):
            assert ((-y) < y <= (y + c)), {a: 2.5}
        else:
            try:
                b += (-())
            except (KeyError, TypeError):
                f(([b, a] if None else (1, 2)))
            else:
                pass
                y = y.m(((-a) + a), k=b[()])
            finally:
                a, b = [b for b in a if a], ((not c) < (b and b) <= (-True))
                c, x = (c != [x, 2.5]), [b, c[()]]
                b = [f'{x}-{x!r}', c]
        try:
            with f({(a if b else a): c}) as c, f(((c + y) + (a and ()))):
                b = f((a and a), x)
                b, a = [c for b in (-y) if b], ({x: x} is not x)
                c = (c != (not y))
            raise ValueError((c and True))
            @f
            @a.m(f'{b}-{a!r}')
            def deco_target(q=f'{c}-{b!r}', *, r=lambda: a):
                f(f(c[b], x))
        except (KeyError, TypeError):
            y = [a.m(-1, k=True), a]
            import os.path as y
        else:
            if f(c, ([y, b] + [a for x in b if c])):
                c = (not ((b if b else b) < None <= b.m(x, k=2.5)))
                b += (c if x else c)
                b += {c[y]: (x if (1, 2) else 10)}
            else:
                x, c = (not (y if b else c)), (-c)
                f(f'{y}-{b!r}')
    finally:
        c += (2 < f(a, x) <= ())
    class K0:
        attr = f'{b}-{b!r}'
        def meth(self):
            @f
            @c.m((a is not x))
            def deco_target(q=((1 or x) < x <= (-c)), *, r=lambda: c):
                with f((not y), b) as x:
                    a = f(b, [x, (a < x <= b)])
    def gen(x, *rest):
        yield from (-a)
        b.attr += [a.m(x, k=b), f(a, a)]
        b[a[(True < a <= b)]] -= 1
        yield (x, rest)
    pass
    with c[x] as b:
        if f(x, True):
            while (c := {[x for x in b if c]: y}):
                b, x = (-[a for y in a if 's']), (() is not x)
                b = f((lambda q: q + a), (c if 2 else b))
            class B0(K0 if y else object):
                def __init__(self, v=(None if (1, 2) else ())):
                    super().__init__()
                    a = f'{c}-{b!r}'
                    y += (c if x else c)
                def get(self):
                    return __class__, self
    return a
