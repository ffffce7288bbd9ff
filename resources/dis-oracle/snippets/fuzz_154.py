def g(a, b=1):
    return (b < b)
x = b = y[x]
x += f'{b}-{x!r}'
