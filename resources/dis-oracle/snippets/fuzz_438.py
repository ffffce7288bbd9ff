c = (((-b) if c.m(a, k=b) else x) or ((--1) or (-c)))
f(f({2.5: c}, f'{c}-{y!r}'))
b = ((lambda q: q + a.m(a, k=y)) if 1 else 10)
