def outer(a, b, c, x, y):
    f(y[[b for x in x if c]])
    def h(*args, c):
        def g():
            if (not x):
                return {(a if x else a): y}
            y.attr += b[c.m(c, k=a)]
            y[[(1, 2), a]] -= 1
        b += y[(1 + c)]
        with [a, (True if 0 else c)] as a:
            a.attr += [[a for a in c if y], c]
            a[({b: 2.5} or (a + (1, 2)))] -= 1
            b += [x, (a or a)]
    raise ValueError(((None + (1, 2)) < (1, 2) <= True))
    while (a if -1 else (a + 's')):
        a = c = (y[y] if ('s' < a) else [y, x])
    return a
