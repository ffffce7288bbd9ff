# getsizeof of bytes, bytearray and tuples of lengths 0..10.
import sys
for n in range(0, 11):
    print(n, sys.getsizeof(b'x' * n), sys.getsizeof(tuple(range(n))))
print(sys.getsizeof(bytearray()), sys.getsizeof(bytearray(b'abc')))
print(sys.getsizeof(()), sys.getsizeof((1,)), sys.getsizeof((1, 2, 3)))
