# getsizeof counts only the container itself, never the objects it refers to.
import sys
small = [1]
big = [list(range(1000))]
print(sys.getsizeof(small) == sys.getsizeof(big))
print(sys.getsizeof((small,)) == sys.getsizeof((big,)))
print(sys.getsizeof({'a': small}) == sys.getsizeof({'a': big}))
print([].__sizeof__(), sys.getsizeof([]) - [].__sizeof__())
print((1, 2).__sizeof__(), sys.getsizeof((1, 2)) - (1, 2).__sizeof__())
print((5).__sizeof__(), sys.getsizeof(5) - (5).__sizeof__())
