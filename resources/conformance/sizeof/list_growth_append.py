# getsizeof of a list after each append from 0 to 70 items, showing every over-allocation step.
import sys
lst = []
prev = None
for i in range(71):
    s = sys.getsizeof(lst)
    if s != prev:
        print(len(lst), s)
        prev = s
    lst.append(i)
print(len(lst), sys.getsizeof(lst))
