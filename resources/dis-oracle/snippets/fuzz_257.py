def outer(a, b, c, x, y):
    with [[b for c in a if c], y] as a:
        pass
        if (a := [a for a in 2 if x]):
            del b
        c += f(*b.m(c, k=a), **a)
    del a
    return a
