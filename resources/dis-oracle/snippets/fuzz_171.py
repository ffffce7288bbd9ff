def outer(a, b, c, x, y):
    f((a or y))
    assert f'{c}-{x!r}', [(x + b), (2.5 if b else b)]
    return a
