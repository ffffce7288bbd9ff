# A list's item array is a separate block that moves when the list grows: the old block is freed and handed out next.
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

make416 = lambda: b'z' * N383   # 33 + 383 = 416 bytes: class 25, the size of a 52-slot item array (3.9+)
lst = []
for i in range(41):
    lst.append(i)
print(sys.getsizeof(lst))      # 3.9+: 56 + 52 * 8, the item array is 416 bytes
probe = make416()
addr_probe = id(probe)
del probe                      # its block is now the head of class 25's free list
for i in range(12):
    lst.append(i)              # 53 items: the item array moves to a 512-byte block
print(sys.getsizeof(lst))
y = make416()                  # gets the freed item array, the most recently freed block
z = make416()                  # then the probe's block
print(id(y) == addr_probe, id(z) == addr_probe)
