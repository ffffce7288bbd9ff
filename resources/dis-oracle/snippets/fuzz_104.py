del b
x = ['s', f'{a}-{x!r}']
y += [(x + 1), c]
