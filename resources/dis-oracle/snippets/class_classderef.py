def f():
    x = 1
    class C:
        y = x
        def g(self):
            return x
    return C
