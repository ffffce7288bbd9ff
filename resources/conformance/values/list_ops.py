# List semantics: slicing, slice assignment, insert/remove/index/count, sort stability, reverse, copy, nesting, equality.
a = list(range(10))
print(a[2:7], a[::3], a[-3:], a[7:2:-2])
a[2:5] = ['x', 'y']
print(a)
a[::2] = [0] * len(a[::2])
print(a)
a.insert(1, 'i')
a.remove('y')
print(a, a.index(0), a.count(0))
b = [3, 1, 2]
b.reverse()
print(b, sorted(b), b + [9], b * 2, [b] * 2)
c = b.copy()
c.append(7)
print(b, c, b == [2, 1, 3], [1, 2] < [1, 3], [1, [2, 3]] == [1, [2, 3]])
print(b.pop(), b.pop(0), b)
m = [[0] * 2] * 2
m[0][0] = 5
print(m)
print(list(enumerate('ab')), list(zip([1, 2, 3], 'xy')), list(reversed([1, 2, 3])))
