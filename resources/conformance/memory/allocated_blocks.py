# sys.getallocatedblocks() deltas: floats reuse the float free list, big ints and bytes take new pymalloc blocks, freeing gives them back.
import sys
N = 50
base = sys.getallocatedblocks()
floats = [float(i) + 0.5 for i in range(N)]
after_floats = sys.getallocatedblocks()
ints = [10 ** 20 + i for i in range(N)]
after_ints = sys.getallocatedblocks()
blobs = [b'x' * (i + 20) for i in range(N)]
after_blobs = sys.getallocatedblocks()
print(after_ints - after_floats, after_blobs - after_ints)
del ints
print(sys.getallocatedblocks() - after_blobs)
del blobs
print(sys.getallocatedblocks() - after_floats)
del floats
x = [float(i) for i in range(N)]
print(sys.getallocatedblocks() - base)
