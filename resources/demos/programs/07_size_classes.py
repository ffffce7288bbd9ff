import sys

ALIGNMENT = 16                  # obmalloc's alignment on 64-bit builds (3.8+)
SMALL_REQUEST_THRESHOLD = 512   # larger requests go to the system allocator


def size_class(nbytes):
    if nbytes > SMALL_REQUEST_THRESHOLD:
        return None
    index = (nbytes - 1) // ALIGNMENT
    return index, (index + 1) * ALIGNMENT


for obj in [1, 2.5, "", "hello", (), (1, 2), [], {}, set(), b"x" * 100, "y" * 600]:
    n = sys.getsizeof(obj)
    print(type(obj).__name__, n, size_class(n))

a = float("1.5")
address = id(a)
del a                           # the float goes to the float free list
b = float("2.5")
print(id(b) == address)         # the next float reuses the same block
