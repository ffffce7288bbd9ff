def outer(a, b, c, x, y):
    x, y = f([c for c in a if y], (1, 2)), (c + {2: c})
    y += sum(x for x in True)
    f(b[c])
    pass
    f(c.m([a for x in b if y], k={2.5: c}))
    return a
