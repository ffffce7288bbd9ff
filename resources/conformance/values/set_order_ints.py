# Set iteration order of ints (determined by hash = value and table size) after adds, removes and growth.
s = {5, 3, 9, 1, 100, 33, 8}
print(s)
s.add(64)
s.add(-1)
print(s)
s.discard(9)
print(s)
print(set(range(20, 0, -3)))
print({1000, 10, 100, 1, 10000})
print(set([7, 15, 23, 31]), {0, 8, 16, 24, 32})
t = set()
for i in range(12):
    t.add(i * 7)
print(t)
print({1, 2, 3} | {10, 4}, {1, 2, 3} & {2, 3, 4}, {1, 2, 3} - {2}, {1, 2} ^ {2, 9})
print(frozenset({3, 2, 1}), sorted({3, 2, 1}))
