def f():
    pass
    pass
