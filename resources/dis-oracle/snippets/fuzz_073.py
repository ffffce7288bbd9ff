def outer(a, b, c, x, y):
    while (0 or (lambda q: q + ((1, 2) if a else -1))):
        continue
    b, a = [x for a in y if ()], [c for x in b if x]
    if (2.5 if {(True if b else a): x} else c):
        while (not 's'):
            continue
            with (f(y, a) + True) as b:
                c += x.m(y, k=-1)
                y += (b.m(y, k=x) if (lambda q: q + a) else y)
        c += f([a, b], [a for y in y if c])
    else:
        del b
    pass
    return a
