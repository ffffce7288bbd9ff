def g(a):
    def g():
        yield (-(x and -1))
        def h(a):
            pass
            x += ((not True) or x)
            x = (10 + (b + 10))
        raise ValueError(c[c])
b = a = (1 + (-b))
while b[x:(-(x and c))]:
    break
