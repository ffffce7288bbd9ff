def outer(a, b, c, x, y):
    pass
    while {((c is not y) < f'{c}-{x!r}'): 's'}:
        try:
            def k(x, /, y=2, **kw):
                nonlocal_target = (c and (c < (1, 2) <= ()))
                pass
                x += (x in (True and a))
        except (KeyError, TypeError):
            for a in (a < a <= 0):
                a, x = [a for b in {b: a} if (b or c)], (c < 2.5 <= 10)
            def k(a, b=1):
                y += (not (y < a <= a))
        else:
            if {b.m(2.5, k=y): b}:
                c = (not b)
            else:
                f((x + a))
                break
            def k(a):
                return [c, 2]
            del x
        x = f((), [a, (not c)])
    return a
