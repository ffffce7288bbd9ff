# getsizeof of lists built in different ways: literals, list(), comprehension, repetition, slicing, extend, insert.
import sys
a = 1
b = 2
print(sys.getsizeof([]))
print(sys.getsizeof([1, 2, 3]))
print(sys.getsizeof([a, b, a]))
print(sys.getsizeof(list(range(10))))
print(sys.getsizeof([x for x in range(10)]))
print(sys.getsizeof([None] * 7))
print(sys.getsizeof(list(range(20))[2:9]))
e = []
e.extend(range(5))
print(sys.getsizeof(e))
e.extend([1, 2, 3, 4, 5, 6, 7])
print(sys.getsizeof(e))
ins = []
for i in range(6):
    ins.insert(0, i)
print(sys.getsizeof(ins))
print(sys.getsizeof(list('abcdefg')))
print(sys.getsizeof(sorted([3, 1, 2])))
