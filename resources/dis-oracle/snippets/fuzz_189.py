def outer(a, b, c, x, y):
    import os.path as x
    with (not (y is x)) as a:
        b = [x for y in (a < x) if [x for y in (b < y) if a]]
        pass
        b, x = (f(b, 1) in b), (b + c)
    def g():
        nonlocal_target = (a and (x + y))
        pass
        yield f((b or c), x)
        a.attr += (b + (lambda q: q + y))
        a[(0, *None)] -= 1
    b, b = f((y if a else -1), (c + b)), f(b, [b, a])
    return a
