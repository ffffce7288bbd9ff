def outer(a, b, c, x, y):
    try:
        pass
    finally:
        for x in (-(c if x else b)):
            @f
            @y.m((-1 or x))
            def deco_target(q=(y is [b, None]), *, r=lambda: y):
                pass
        else:
            del a
            b.attr += c.m((y < x <= x), k=x.m(c, k=x))
            b[((a < -1 <= a) and 's')] -= 1
            if (-b):
                f((b, *b))
            else:
                b = (x.m(c, k=c) or {{x: a}: True})
                f([a for y in b if 's'])
        try:
            raise ValueError(((a or y) if () else (c < y <= (1, 2))))
            f(((), *(x + 10)))
        finally:
            with f((x < x.m(c, k=a) <= c[(1, 2)])) as a, f(c[10]):
                pass
        b += (-(a if () else -1))
    raise ValueError((f(b, b) < 's' <= 0))
    a = {**[b, 0], 'k': (1 if 10 else c), **{}}
    a = [*(lambda q: q + b), ((b + b) or (2.5 != -1)), *()]
    return a
