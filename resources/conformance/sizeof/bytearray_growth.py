# getsizeof of a bytearray while appending, showing its over-allocation steps.
import sys
ba = bytearray()
prev = None
for i in range(70):
    s = sys.getsizeof(ba)
    if s != prev:
        print(len(ba), s)
        prev = s
    ba.append(i)
