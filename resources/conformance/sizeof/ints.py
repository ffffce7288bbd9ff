# getsizeof of ints: 0, small, one to several 30-bit digits, negative, and results of arithmetic.
import sys
for v in [0, 1, -1, 255, 256, 2**30 - 1, 2**30, 2**60 - 1, 2**60, 2**90, -(2**90), 10**30, 10**100]:
    print(v.bit_length(), sys.getsizeof(v))
a = 1000
print(sys.getsizeof(a + 1), sys.getsizeof(a * a * a * a))
print(sys.getsizeof(True), sys.getsizeof(False))
