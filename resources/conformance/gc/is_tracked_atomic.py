# Atomic objects are never tracked by the collector (test_gc.test_is_tracked).
import gc
for v in [None, True, 0, 10 ** 30, 1.5, 1j, 'a', 'a' * 100, b'x', bytearray(), (), frozenset(), range(3), Ellipsis, type]:
    print(type(v).__name__, gc.is_tracked(v))
