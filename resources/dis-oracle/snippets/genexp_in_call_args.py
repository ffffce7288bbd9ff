print(*(x for x in range(2)))
any(x > 1 for x in [1, 2])
