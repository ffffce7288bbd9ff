def outer(a, b, c, x, y):
    assert ([c, c] or x), f'{b}-{x!r}'
    a, *y = b[::None]
    pass
    x.attr += {True: (y < b <= y)}
    x[(-c)] -= 1
    return a
