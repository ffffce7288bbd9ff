def g():
    yield 1
    yield
    x = yield 2
    return x
