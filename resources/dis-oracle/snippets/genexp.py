a = sum(x for x in range(3))
b = list(x * 2 for x in range(5) if x)
c = (y for y in 'ab')
