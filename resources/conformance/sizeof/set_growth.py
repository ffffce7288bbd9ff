# getsizeof of a set after each add up to 60 items, and of set literals and frozensets.
import sys
s = set()
prev = None
for i in range(60):
    sz = sys.getsizeof(s)
    if sz != prev:
        print(len(s), sz)
        prev = sz
    s.add(i)
print(sys.getsizeof({1, 2, 3}), sys.getsizeof({1, 2, 3, 4, 5}), sys.getsizeof(set(range(10))))
print(sys.getsizeof(frozenset()), sys.getsizeof(frozenset(range(5))))
