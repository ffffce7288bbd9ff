def f(x):
    assert x, 'no'
    return x
