# Objects of different size classes never share a pool; interleaved allocations advance separately in each class's pool.
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

mk448 = lambda: b'x' * N415   # 448-byte block, class 27
mk464 = lambda: b'y' * N431   # 464-byte block, class 28
keep = []
f448 = fresh_pool(mk448, 448, keep)[0]
f464 = fresh_pool(mk464, 464, keep)[0]
pairs = [(mk448(), mk464()) for _ in range(4)]
print([(id(a) - id(f448)) // 448 for a, _ in pairs])
print([(id(b) - id(f464)) // 464 for _, b in pairs])
print(id(f448) // POOL == id(f464) // POOL)
print(all(id(a) // POOL != id(b) // POOL for a, b in pairs))
