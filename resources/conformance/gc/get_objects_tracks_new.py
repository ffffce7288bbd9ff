# gc.get_objects() lists tracked objects only: a new list and instance are there, an int, a str and an untracked dict are not.
import gc
class K:
    pass
lst = []
inst = K()
d = {'a': 1}
n = 10 ** 20
s = 'heapscope'
objs = gc.get_objects()
def present(x):
    return any(o is x for o in objs)
print(present(lst), present(inst), present(d), present(n), present(s), present(K))
d['b'] = []
print(any(o is d for o in gc.get_objects()))
