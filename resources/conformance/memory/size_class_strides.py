# The size-class table: a request of r bytes takes a block of roundup16(r); consecutive blocks of a fresh pool are that far apart.
import sys
# pymalloc pools are 16 KiB from 3.10 on (4 KiB before); a pool's first block is 48 bytes past its start.
POOL = 16384 if sys.version_info >= (3, 10) else 4096
HEADER = 48
def fresh_stride(make, keep):
    """Allocate (keeping everything alive) until an object lands on the first block of a pool and the
    next three follow it at one equal distance: the block size of that pool. Start-up leaves partly
    used pools behind, so the search skips them."""
    tries = 0
    while tries < 20000:       # bounded, so that a wrong allocator model ends with a message
        tries += 1
        o = make()
        keep.append(o)
        if id(o) % POOL == HEADER:
            a, b, c = make(), make(), make()
            keep.extend((a, b, c))
            d = id(a) - id(o)
            if 0 < d <= 512 and id(b) - id(a) == d and id(c) - id(b) == d:
                return d
    raise SystemExit('no fresh pool found')
keep = []
for n in (400, 415, 416, 431, 432, 447, 448, 479):
    request = 33 + n              # a bytes object of length n asks pymalloc for 33 + n bytes
    make = lambda: b'q' * n
    block = fresh_stride(make, keep)
    print(request, block, (POOL - HEADER) // block)
