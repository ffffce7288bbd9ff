a, y = a.m(x, k=(not x)), [a, 0]
def k():
    pass
    while (1 is not (-x[b])):
        c += [{c: y}, c[x]]
        while (-True):
            break
            y += x.m(x, k=y)
        del a
    x += (0 < {y: c} <= a)
assert c['s'], b
