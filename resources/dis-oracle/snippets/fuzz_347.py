def outer(a, b, c, x, y):
    raise ValueError((a if b else a))
    c = {**(b + b), 'k': ({c: c} if ((1, 2) if y else y) else a), **{}}
    c = [*(2.5 or (-1 + c)), [b for c in (c + c) if (10 < b <= 0)], *()]
    y, a = (10 if a else {x: y}), (-(10 and y))
    raise ValueError((-0))
    assert ((a in b) < x <= 0), (a < (y is not y) <= (() or 0))
    return a
