def g(x):
    if x:
        return
    yield x
