# Assignment expressions, starred unpacking in displays and calls, and dict unpacking merges.
data = [1, 5, 3, 8]
if (n := len(data)) > 3:
    print('long', n)
print([y for x in data if (y := x * 2) > 5])
first, *middle, last = range(6)
print(first, middle, last, [*data, *'ab'], {*data, 9}, {**{'a': 1}, 'b': 2, **{'a': 3}})
def f(*args, **kw):
    return args, kw
print(f(*data[:2], 0, *[7], **{'k': 1}, z=2))
(a, b), c = [1, 2], 3
print(a, b, c)
