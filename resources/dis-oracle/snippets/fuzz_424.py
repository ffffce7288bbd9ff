x, *x = (c or c)
a += f(a[(1, 2)], x[c])
