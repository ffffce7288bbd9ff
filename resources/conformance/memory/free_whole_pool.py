# Freeing seven blocks of a fresh pool one by one and allocating again: they come back in reverse order of freeing.
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

BLOCK = 448
make = lambda: b'x' * N415
keep = []
objs = fresh_pool(make, BLOCK, keep)
first = objs[0]
objs += [make() for _ in range(4)]
for i in range(1, len(objs)):
    objs[i] = None
again = [make() for _ in range(8)]
print([(id(o) - id(first)) // BLOCK for o in again])
