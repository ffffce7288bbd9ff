y = {**[(y < a <= b), (not x)], 'k': (True and b), **{}}
y = [*f(c, *c[y], k=a), (2.5 in (-c)), *()]
while (c < f'{c}-{b!r}' <= y):
    a = f'{x}-{b!r}'
    b = {**sum(b for b in a), 'k': f'{x}-{y!r}', **{}}
    b = [*[x for a in b if c], f'{a}-{a!r}', *()]
b, c = y.m(None, k=2.5), [c for b in (1, 2) if x]
try:
    class K1:
        attr = (lambda q: q + b)
        def meth(self):
            del y
            c = {**a[c], 'k': [x for y in 's' if x], **{}}
            c = [*f(10, -1), f'{y}-{x!r}', *()]
    b = c = y[f(b, a)]
finally:
    c += {a: x}
    a = {**(10 + (lambda q: q + (1, 2))), 'k': (-True), **{}}
    a = [*f'{a}-{b!r}', f'{b}-{b!r}', *()]
