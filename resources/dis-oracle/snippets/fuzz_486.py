x, c = (-b), f(0, b.m(a, k=a))
def h(a):
    for c in (lambda q: q + 1):
        while b.m(c, k=((lambda q: q + 's') < a <= True)):
            c += (-y)
    a = (-(True < y <= {0: x}))
with (x if y else {c: b}) as a:
    @f
    @c.m((lambda q: q + b))
    def deco_target(q=(f((), b) + 10), *, r=lambda: c):
        b = x = f('s', a)
        c, *b = y[c]
        del x
