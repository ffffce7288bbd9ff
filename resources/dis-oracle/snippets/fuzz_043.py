def outer(a, b, c, x, y):
    while f((lambda q: q + y), (not 0)):
        def h(a, b=1):
            b += f(c, None)
    del a
    while (True != x):
        with (a or x) as x:
            try:
                a = f'{y}-{x!r}'
                break
                b += {c: a}
            except (KeyError, TypeError):
                b += (1 < [b for b in a if a] <= 2.5)
                c = x[((1 == y) != (-a))]
            else:
                y = [a for x in (1 is x[y]) if -1]
            break
        def g(a):
            yield [a for y in c if x]
        f((not x))
    return a
