def outer(a, b, c, x, y):
    assert b[b], y.m({10: x}, k=c)
    for c in [a for a in True if [a for c in y if x]]:
        def g(a, b=1):
            def k(x, /, y=2, **kw):
                x = (y + c)
                c = (((lambda q: q + -1) or [a, y]) is not True)
                return (a + y)
            if f(a, (-x.m(b, k=2))):
                x += [(lambda q: q + y), [b for y in b if y]]
            else:
                pass
                pass
                f((not (b < x <= a)))
    return a
