# 3.11's dict-keys free list: a dying small dict's 8-slot table of str keys is kept and handed to the next such dict, a table of int keys goes back to pymalloc (sys.getallocatedblocks deltas; after a warm-up that fills the free lists).
import sys
sk = [str(i) + 'k' for i in range(4)]   # run-time str keys
ik = [1000 + i for i in range(4)]
r = [0] * 8                              # preallocated: storing a delta allocates nothing
def fill(keys):
    d = {}
    for k in keys:
        d[k] = 1
    return d
warm = [fill(sk) for _ in range(200)]
del warm
warm = [fill(ik) for _ in range(200)]
del warm
base = sys.getallocatedblocks()
a = [fill(sk) for _ in range(60)]        # 60 dicts and 60 keys tables, all from the free lists
r[0] = sys.getallocatedblocks() - base
del a
r[1] = sys.getallocatedblocks() - base
a = [fill(sk) for _ in range(100)]       # 80 from the free lists, 20 new of each
r[2] = sys.getallocatedblocks() - base
del a
r[3] = sys.getallocatedblocks() - base
b = [fill(ik) for _ in range(60)]        # int keys: every table is a new block
r[4] = sys.getallocatedblocks() - base
del b
r[5] = sys.getallocatedblocks() - base
c = fill(sk)
c[2000] = 0                              # a non-str key: the table is rebuilt as a general one
r[6] = sys.getallocatedblocks() - base
del c
r[7] = sys.getallocatedblocks() - base
print(r)
