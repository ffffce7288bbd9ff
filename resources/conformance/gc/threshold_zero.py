# set_threshold(0) turns automatic collection off: a cycle survives many allocations until collect().
import gc
gc.collect()
gc.set_threshold(0)
class Node:
    def __del__(self):
        print('collected')
n = Node()
n.me = n
del n
junk = [[] for _ in range(2000)]
print('allocated')
print(gc.collect())
