def outer(a, b, c, x, y):
    c, *a = f((), f(None, x))
    b.attr += (b and True)
    b[[b for c in 2 if f'{b}-{c!r}']] -= 1
    return a
