def g():
    yield from [1, 2]
    x = yield from range(3)
    return x
