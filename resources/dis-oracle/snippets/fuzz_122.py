def k(x, /, y=2, **kw):
    nonlocal_target = f(1, 10)
    c = ([c for x in y if 10] if ((lambda q: q + 0) + 2) else x)
    if [[y for c in a if (1 if y else x)], (c[a] and b[True])]:
        for y in (-0):
            y = x['s']
        return (c + c)
        if (c if (1 < (-a) <= b.m((1, 2), k=a)) else c):
            b += ({x: y} < 1 <= x[a])
            b += f((c and True), ())
        else:
            pass
    else:
        def h(a):
            nonlocal_target = ([x for a in a if c] if b else 0)
            f(([c for y in b if b] or b))
        try:
            b = (y and y)
        except (KeyError, TypeError):
            y += (y and c[y])
            f((x in (b < a <= b)))
        else:
            b = (not c)
            c += [b, x]
        finally:
            return f(-1, c)
            y = [y for x in (c is True) if (b + f(a, c))]
        return [c, 2.5]
    return [y, y]
assert a.m((c is x), k=(a if a else c)), (not c.m(y, k=a))
def h():
    if (((c < x <= a) != c) + {(x if y else c): y}):
        if (f(x, (y != x)) if {(not x): (a < b <= x)} else (a if 2.5 else (b is x))):
            b += f'{b}-{c!r}'
            y += (lambda q: q + 2.5)
            pass
    else:
        f((a + x))
    f((f(c, a) in 2))
    del x
