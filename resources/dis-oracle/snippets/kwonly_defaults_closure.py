def outer():
    x = 1
    def inner(*, k=x):
        return k + x
    return inner
