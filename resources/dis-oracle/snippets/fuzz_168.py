while (lambda q: q + (10 + None)):
    b.attr += {[a for a in x if a]: True}
    b[(c and a)] -= 1
    x += ((not True) + f'{a}-{b!r}')
b = b = (f(y, b) < a <= (a + a))
