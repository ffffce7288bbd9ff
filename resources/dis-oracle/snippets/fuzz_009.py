def outer(a, b, c, x, y):
    for b in (lambda q: q + x):
        class K2:
            attr = {None: ((1, 2) and 's')}
            def meth(self):
                with y as x:
                    x += (not (True < x))
                    f((lambda q: q + None))
                class K0:
                    attr = (b + x)
                    def meth(self):
                        c = c.m({(not a): (c + 's')}, k=(lambda q: q + b))
                        return (not a[b])
                def k(a, b=1):
                    a += ((y + x) and (b if a else a))
                    y = (-2.5)
    def g(a, b=1):
        pass
    with (c if {y: (1, 2)} else 2.5) as y:
        a = (-True)
    def g():
        for a in ((y < b) < x <= (y if b else x)):
            break
            del c
    x += (-b)
    return a
