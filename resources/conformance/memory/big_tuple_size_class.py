# Tuples longer than 19 items have no free list: a freed 25-tuple's block is reused by the next object of its size class, even a 24-tuple.
import sys
# pymalloc pools are 16 KiB from 3.10 on (4 KiB before); a pool's first block is 48 bytes past its start.
POOL = 16384 if sys.version_info >= (3, 10) else 4096
HEADER = 48
N415, N431, N383 = 415, 431, 383   # run-time lengths: a constant expression would be folded into one object
def fresh_pool(make, block, keep):
    """Allocate (keeping everything alive) until four allocations in a row take blocks 0..3 of one pool.

    Only a pool that was never used (or was emptied) is carved block after block like that; start-up
    leaves partly used pools behind, so the search skips them. Returns those four objects."""
    tries = 0
    while tries < 20000:       # bounded, so that a wrong allocator model ends with a message
        tries += 1
        o = make()
        keep.append(o)
        if id(o) % POOL == HEADER:
            nxt = [make() for _ in range(3)]
            keep.extend(nxt)
            if all(id(n) - id(o) == block * (i + 1) for i, n in enumerate(nxt)):
                del keep[-4:]          # the caller owns these four
                return [o] + nxt
    raise SystemExit('no fresh pool found')
GC_HEAD = 16                    # a tuple's id() is 16 bytes past its block (the PyGC_Head)
BLOCK = 240                     # 16 + 24 + 8 * 25 = 240 and 16 + 24 + 8 * 24 = 232: both size class 14
ONE = (7,)
make25 = lambda: ONE * 25
def fresh_tuple_pool(keep):
    tries = 0
    while tries < 20000:       # bounded, so that a wrong allocator model ends with a message
        tries += 1
        o = make25()
        keep.append(o)
        if (id(o) - GC_HEAD) % POOL == HEADER:
            nxt = [make25() for _ in range(3)]
            keep.extend(nxt)
            if all(id(n) - id(o) == BLOCK * (i + 1) for i, n in enumerate(nxt)):
                del keep[-4:]
                return [o] + nxt
    raise SystemExit('no fresh pool found')
keep = []
objs = fresh_tuple_pool(keep)
first = objs[0]
print([(id(o) - id(first)) // BLOCK for o in objs])
objs[2] = None
t24 = ONE * 24
print((id(t24) - id(first)) // BLOCK, len(t24))
objs[1] = None
t25 = make25()
print((id(t25) - id(first)) // BLOCK)
