# getsizeof of a list and a tuple with the same items, and of list copies, slices and list(tuple).
import sys
for n in (0, 1, 2, 5, 10):
    t = tuple(range(n))
    l = list(t)
    print(n, sys.getsizeof(t), sys.getsizeof(l), sys.getsizeof(l[:]), sys.getsizeof(l.copy()), sys.getsizeof(l * 2))
