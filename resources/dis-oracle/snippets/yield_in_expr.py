def g():
    x = (yield)
    print((yield 1) + 1)
