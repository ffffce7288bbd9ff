print(1, sep='', end='\n')
dict(a=1, b=2)
sorted([3, 1], key=None, reverse=True)
