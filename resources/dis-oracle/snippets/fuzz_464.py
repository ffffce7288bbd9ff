b = x = c[f'{y}-{a!r}']
x.attr += ((x < c <= b) != [a, None])
x[[0, (a or a)]] -= 1
