b = (1 < b <= None)
for y in y:
    a, b = (lambda q: q + {x: 10}), a.m(('s' and c), k=y)
f(1)
def g(a, b=1):
    c = ([b for b in 's' if 's'] if (-a) else [a for x in f(x, b) if f'{y}-{y!r}'])
    c = (((not b) == (y + (1, 2))) != (lambda q: q + (-'s')))
    c = f'{x}-{x!r}'
