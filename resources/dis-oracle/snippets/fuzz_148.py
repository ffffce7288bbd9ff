del y
f((-y))
a, b = ((1, 2) if b else [(1, 2), b]), f'{b}-{a!r}'
f((1 + a))
