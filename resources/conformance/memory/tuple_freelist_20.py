# 3.11 keeps a freed 20-tuple on its tuple free list but pops that list only for sizes 1..19: a new 20-tuple takes another block, while 19- and 21-tuples (free list, pymalloc LIFO) come back at the address just freed.
n19, n20, n21 = 19, 20, 21   # run-time sizes, so that no tuple is a folded constant
for n in (n19, n20, n21):
    t = tuple(range(n))
    a = id(t)
    del t
    u = tuple(range(n))
    print(n, id(u) == a)
    del u
