# A set keeps up to 8 slots inside its object; the 5th add moves it to a separate 32-slot table (512 bytes, one pymalloc block), later growth replaces that table (still one block: sys.getallocatedblocks counts system-allocator blocks too); clear() gives the table back. Deltas per add.
import sys
r = [0] * 24                             # preallocated: storing a delta allocates nothing
s = set()
base = sys.getallocatedblocks()
for i in range(22):
    s.add(i)                             # small ints: cached objects, only the table can change
    r[i] = sys.getallocatedblocks() - base
s.clear()
r[22] = sys.getallocatedblocks() - base
del s
r[23] = sys.getallocatedblocks() - base
print(r)
