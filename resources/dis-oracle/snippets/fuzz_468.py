a, *y = f'{c}-{y!r}'
del a
