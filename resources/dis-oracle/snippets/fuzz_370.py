del a
x, b = (-(a in a)), ((a and y) if f'{y}-{a!r}' else b)
a = {**{y: 's'}, 'k': (c and x), **{}}
a = [*y.m((), k=(b or 10)), [c for c in b if (y < y <= (1, 2))], *()]
