# getsizeof of a list while popping items one by one from 20 down to 0.
import sys
lst = []
for i in range(20):
    lst.append(i)
while lst:
    print(len(lst), sys.getsizeof(lst))
    lst.pop()
print(0, sys.getsizeof(lst))
