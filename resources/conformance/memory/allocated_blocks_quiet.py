# sys.getallocatedblocks() deltas with nothing printed until the end (print keeps its strings in stdout's buffer): floats, big ints, bytes, a dict's keys table, a set's table and a tuple each take pymalloc blocks, freeing gives them back (floats to their free list).
import sys
N = 50
d = [0] * 12                 # the deltas, preallocated so that storing one allocates nothing
# The float free list's content at start depends on what compiling this file freed: fill it and empty it once,
# so that the counts below start from the same free list (one float: the comprehension's last temporary).
warm = [float(i) + 0.5 for i in range(200)]
del warm
warm = [float(i) + 0.5 for i in range(200)]
base = sys.getallocatedblocks()
floats = [float(i) + 0.5 for i in range(N)]
d[0] = sys.getallocatedblocks() - base
ints = [10 ** 20 + i for i in range(N)]
d[1] = sys.getallocatedblocks() - base
blobs = [b'x' * (i + 20) for i in range(N)]
d[2] = sys.getallocatedblocks() - base
del ints
d[3] = sys.getallocatedblocks() - base
del blobs
d[4] = sys.getallocatedblocks() - base
del floats
d[5] = sys.getallocatedblocks() - base
x = [float(i) for i in range(N)]
d[6] = sys.getallocatedblocks() - base
dd = {}
for i in range(N):
    dd[i] = i
d[7] = sys.getallocatedblocks() - base
s = set(range(N))
d[8] = sys.getallocatedblocks() - base
del dd, s
d[9] = sys.getallocatedblocks() - base
t = tuple(range(N))
d[10] = sys.getallocatedblocks() - base
del t, x
d[11] = sys.getallocatedblocks() - base
print(d)
