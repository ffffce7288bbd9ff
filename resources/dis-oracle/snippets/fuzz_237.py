def outer(a, b, c, x, y):
    try:
        if (b := (b < (b < a <= y) <= (2 < a <= ()))):
            c = y = f'{b}-{x!r}'
    except (KeyError, TypeError):
        y += ((-b) and (b < x <= y))
        if (a := [a for c in [a, x] if ()]):
            assert ((c if b else b) != (not -1)), (True or y)
            class K0:
                attr = a.m(a, k=x)
                def meth(self):
                    return (-y)
                    return (not c)
    else:
        for c in (-1 < [c for b in b if b]):
            b.attr += [x for a in (x != b) if a]
            b[[b, y]] -= 1
        assert f(b, *a, k=True), ((not 0) is 0)
    finally:
        assert f(c, y), (not y)
        f((c < None <= b))
        assert x.m({c: a}, k=10), (not (1, 2))
    assert [b for y in {2: 's'} if a], f'{x}-{b!r}'
    a = (b < c <= ((lambda q: q + x) < f(b, b) <= b))
    return a
