y = ({(1 or a): c} or y)
y.attr += f'{y}-{x!r}'
y[{a: (1, 2)}] -= 1
