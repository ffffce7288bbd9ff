def outer(a, b, c, x, y):
    raise ValueError((not {c: 2.5}))
    f(a[::y])
    return a
