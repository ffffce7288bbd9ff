print('a', end='')
print(end='')
d = dict(a=1)
