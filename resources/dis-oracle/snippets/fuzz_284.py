c = ((y.m(2.5, k=c) < y) and (x if (x if a else y) else y))
while f'{y}-{y!r}':
    while [y for b in c if True]:
        a, *y = [x for a in a if (-c)]
    c = a = ((2 < a <= None) if [x, b] else (c < x))
f((b or a))
