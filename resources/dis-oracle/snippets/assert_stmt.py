x = 1
assert x
assert x, 'msg'
assert x > 0, f'{x}'
