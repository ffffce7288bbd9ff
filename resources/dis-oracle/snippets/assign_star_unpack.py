first, *rest = [1, 2, 3]
*init, last = rest
a, *m, b = range(10)
