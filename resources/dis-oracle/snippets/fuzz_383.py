def outer(a, b, c, x, y):
    try:
        try:
            class B1(K0 if a else object):
                def __init__(self, v=[c for a in y.m(a, k=x) if -1]):
                    super().__init__()
                    y += (-c)
                    f(f'{x:>{f(x, a)}}')
                    a = f'{b}-{b!r}'
                def get(self):
                    return __class__, self
        except (KeyError, TypeError):
            with f((not a)) as b, f(c[10:[c, (1, 2)]]):
                c += ({b: b} + (y + x))
                b += f(*c, **a)
        else:
            @f
            @c.m((10 + x))
            def deco_target(q=x[f(c, None)], *, r=lambda: c):
                pass
        finally:
            if ((not c) != f(2.5, None)):
                x = (b == a)
            else:
                y, y = (-(y if y else y)), [y for x in [x for c in b if x] if (not b)]
                y += {(lambda q: q + c): b}
                c = f'{x}-{c!r}'
            def gen(x, *rest):
                yield from f(*(x if a else b), **y)
                x += (lambda q: q + a)
                return f'{y}-{y!r}'
                pass
                yield (x, rest)
            def k(a):
                a = c.m((lambda q: q + ((1, 2) or x)), k={y: a for y in ()})
    except:
        b, *c = (f'{x}-{y!r}' if b else 0)
        try:
            def k(a, b=1):
                f([(y < y <= c), f(y, y)])
        except ValueError as err:
            a.attr += ((x + y) < y <= b)
            a[(x or b)] -= 1
            f([x, f'{a}-{c!r}'])
            while f(True, ((not 1) < x <= 10)):
                a, x = [c, 2.5], (y < y <= 0)
    if (a := (-2.5)):
        def g():
            raise ValueError((not c))
            def k():
                b += b.m((c == y), k=(lambda q: q + a))
                pass
            raise ValueError([y, None])
    return a
