# getsizeof of a dict after each insertion (str keys, then int keys) up to 45 items.
import sys
d = {}
prev = None
for i in range(45):
    s = sys.getsizeof(d)
    if s != prev:
        print('str', len(d), s)
        prev = s
    d['k%d' % i] = i
d = {}
prev = None
for i in range(45):
    s = sys.getsizeof(d)
    if s != prev:
        print('int', len(d), s)
        prev = s
    d[i] = i
print(sys.getsizeof({}), sys.getsizeof(dict()), sys.getsizeof({'a': 1}), sys.getsizeof({1: 1}))
print(sys.getsizeof(dict(a=1, b=2)), sys.getsizeof(dict.fromkeys(range(10))))
