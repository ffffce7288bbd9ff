# Large ints have no free list in 3.11: a freed int's block goes straight back to its pymalloc pool and is reused LIFO by the next int of that size class.
import sys
# pymalloc pools are 16 KiB from 3.10 on (4 KiB before); a pool's first block is 48 bytes past its start.
POOL = 16384 if sys.version_info >= (3, 10) else 4096
HEADER = 48
N415, N431, N383 = 415, 431, 383   # run-time lengths: a constant expression would be folded into one object
def fresh_pool(make, block, keep):
    """Allocate (keeping everything alive) until eight allocations in a row take blocks 0..7 of one pool.

    Only a pool that was never used (or was emptied) is carved block after block like that; start-up
    leaves partly used pools behind, so the search skips them. Returns those eight objects. Written
    without range() objects, closures or address additions: range objects, cells and the 3-digit
    intermediate of adding to an address would take 48-byte blocks too."""
    tries = 0
    while tries < 20000:       # bounded, so that a wrong allocator model ends with a message
        tries += 1
        o = make()
        keep.append(o)
        if id(o) % POOL == HEADER:
            nxt = [make(), make(), make(), make(), make(), make(), make()]
            keep.extend(nxt)
            k = 0
            consecutive = True
            for n in nxt:
                k += 1
                if id(n) - id(o) != block * k:
                    consecutive = False
            if consecutive:
                del keep[-8:]          # the caller owns these eight
                return [o] + nxt
    raise SystemExit('no fresh pool found')
BLOCK = 48                      # 3-digit ints (2**60 .. 2**90): 24 + 3 * 4 = 36 bytes, size class 2
BIG = 2 ** 80
make = lambda: BIG + 1          # one new int per call
keep = []
objs = fresh_pool(make, BLOCK, keep)
first = objs[0]
print([(id(o) - id(first)) // BLOCK for o in objs])
objs[1] = None
objs[5] = None
again = [make(), make(), make()]
print([(id(o) - id(first)) // BLOCK for o in again])
