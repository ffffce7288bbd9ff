# Inside a fresh pool of the 448-byte size class, consecutive allocations take consecutive blocks; the pool holds (POOL-48)//448 blocks.
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
PER_POOL = (POOL - HEADER) // BLOCK
make = lambda: b'x' * N415   # 33 + 415 = 448 bytes: one block of size class 27
keep = []
objs = fresh_pool(make, BLOCK, keep)
objs += [make() for _ in range(PER_POOL)]
first = objs[0]
print(PER_POOL, [(id(o) - id(first)) // BLOCK for o in objs[:PER_POOL]])
print(all((id(o) - id(first)) % BLOCK == 0 for o in objs[:PER_POOL]))
print(all(id(o) // POOL == id(first) // POOL for o in objs[:PER_POOL]))
print(id(objs[PER_POOL]) // POOL == id(first) // POOL)
