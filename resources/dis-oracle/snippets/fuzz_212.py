class K2:
    attr = ((a + c) and y)
    def meth(self):
        y = a = [a for b in b if -1]
        def inner():
            nonlocal y
            y = (c and (-y))
            return y
def g(a):
    c = a = {x: 2.5}
    if f((not y), [b, x]):
        return c.m(a, k=x)
    c = f'{y}-{a!r}'
