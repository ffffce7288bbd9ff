args = [1, 2]
kw = {'sep': ''}
print(*args)
print(*args, **kw)
print(1, *args, 2)
print(**kw)
print(0, *args, *args, sep='-')
print(*args, end='', **kw)
f = print
f(*args, **kw, flush=False)
