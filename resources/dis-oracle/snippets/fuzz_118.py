try:
    del a
    def k(a):
        f((y < x <= c))
except ValueError as err:
    f(f'{y}-{c!r}')
    with (c if 2.5 else [y, x]) as y:
        for a in b:
            b, y = ([a, y] in (not -1)), f((x + b), y)
            f(f'{a}-{b!r}')
            break
        try:
            f(a[c])
        except (KeyError, TypeError):
            f((y if (x and y) else b.m(a, k=a)))
            f((None + None))
            y += (x if c else y)
        else:
            pass
            pass
        try:
            f(({c: y} + (b or b)))
        except ValueError as err:
            f(((x < 2.5 <= b) + (-y)))
    del b
y += a
c = ((x.m(b, k=a) if (y if b else -1) else a) < f'{b}-{y!r}' <= (x + (y < x <= a)))
