while f'{b}-{c!r}':
    f(f((lambda q: q + c), f'{a}-{a!r}'))
y = a.m((c + {10: x}), k=1)
f({y: b})
