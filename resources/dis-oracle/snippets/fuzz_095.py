def outer(a, b, c, x, y):
    def h(*args, c):
        nonlocal_target = f(True, -1)
        del a
        yield (-(1, 2))
        return a.m([b for a in -1 if x], k=(-a))
    with (-c) as b:
        if (not c[10]):
            f(f(True, b))
            def g(a):
                pass
                return (lambda q: q + (1 and b))
        a += ((c < x <= x) in a)
        del b
    with [y for c in ['s', c] if 10] as y:
        try:
            assert [c for y in x if True], (() or 's')
        except ValueError as err:
            y, a = b[b], (lambda q: q + (c < x <= None))
            f(f(x, (-b)))
            class K1:
                attr = x
                def meth(self):
                    pass
        while {(lambda q: q + x): (lambda q: q + b)}:
            with f(((1, 2) or 10), (y + x)) as b:
                break
                b += c.m(a, k=a)
            continue
            b += f'{a}-{y!r}'
    while c[a]:
        try:
            y, b = f(y, y), [y, a]
            def g(a):
                pass
                x += (-10)
                x += ({(1, 2): x} if [y for c in b if b] else (b + x))
        except (KeyError, TypeError):
            with (x < (not y)) as y:
                c += (('s' or (1, 2)) if y else f'{x}-{c!r}')
            del c
        else:
            y += [c, (c + y)]
        finally:
            def h():
                nonlocal_target = y[[x for y in b if a]]
                f((x in [c, x]))
                y = (b or b)
    assert (True != c), (y < ((1, 2) or y) <= f((1, 2), b))
    return a
