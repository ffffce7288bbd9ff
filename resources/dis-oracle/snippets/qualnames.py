class Outer:
    class Inner:
        def m(self):
            return [x for x in range(2)]
    f = lambda self: 1
    def g(self):
        def h():
            return lambda: 0
        return h
def top():
    global gf
    def gf():
        pass
    class K:
        pass
    return K
