def f(x):
    assert False
def g(x):
    assert not x, 'msg'
    assert x and x.y
