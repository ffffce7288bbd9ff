if (a[True] + a):
    f([c for y in (10 != c) if True])
a = f'{x}-{a!r}'
f((c != 2))
