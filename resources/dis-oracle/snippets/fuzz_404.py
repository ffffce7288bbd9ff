for y in f(b, (b < b)):
    def g(*args, c):
        y = {*a[x], (not x)}
        y = (((b + y) + [y for b in a if a]), *((1, 2) if (a + b) else y))
        y.attr += b[y]
        y[[a for b in f'{a}-{b!r}' if (c if x else x)]] -= 1
        x = y = [2.5, a]
if y.m(f(10, x), k=(not y)):
    global a
    a = f'{x}-{y!r}'
    with f((y[c] if (c if 2 else b) else ())) as b, f(f'{c}-{x!r}'):
        del y
        c, b = (10 + ((1, 2) != b)), [b for b in a if (x and 0)]
a, c = (-(lambda q: q + a)), (c[x] and (y if 's' else 10))
y = c = ((-y) in y)
