# getsizeof of a dict does not shrink when keys are deleted; copy() and a new dict compact it.
import sys
d = {i: i for i in range(20)}
print(sys.getsizeof(d))
for i in range(18):
    del d[i]
print(len(d), sys.getsizeof(d))
print(sys.getsizeof(d.copy()), sys.getsizeof(dict(d)), sys.getsizeof({k: v for k, v in d.items()}))
d.clear()
print(sys.getsizeof(d))
