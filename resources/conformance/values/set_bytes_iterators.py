# Set, bytes and bytearray iterators: their types, the references they hold, and mutation during iteration.
import sys
a = object()
s = {a, 1, 'x'}
for v in s:
    if v is a:
        print(sys.getrefcount(a))
it = iter(s)
print(type(it).__name__, sys.getrefcount(s))
try:
    for v in s:
        s.add(len(s) + 100)
except RuntimeError as e:
    print(e)
ba = bytearray(b'ab')
for i, x in enumerate(ba):
    if i == 0:
        ba.append(99)
    print(x)
print(list(iter(b'xyz')), type(iter(ba)).__name__)
print(sorted(frozenset({3, 1, 2})), set(range(5)) == {v for v in {0, 1, 2, 3, 4}})
