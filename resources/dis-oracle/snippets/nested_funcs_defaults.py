def outer(a=1):
    def inner(b=a):
        return b
    return inner
