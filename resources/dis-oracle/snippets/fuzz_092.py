while (-1 if 10 else f((c < () <= c), [x for c in b if x])):
    f(x[{1: a}])
    x += ([c for b in y if b] is not c)
    f(f'{x}-{a!r}')
while a[(True + [b for x in a if a])]:
    del b
    x += f(a, (b is not x))
    f((() + 2))
def k(x, /, y=2, **kw):
    for x in [f'{b}-{b!r}', a]:
        yield (not a.m(x, k=x))
        x += {c.m('s', k=c): x}
        while (f(a, y) if (lambda q: q + f(a, c)) else 2.5):
            return y[{a: None}]
            x += True
    def k(a, b=1):
        for a in x[(y and True)]:
            continue
        else:
            return [a for y in a if f'{c}-{y!r}']
            return (() if y else (c and b))
            return ({'s': 10} < 2.5 <= (not b))
        b = (10 + 1)
