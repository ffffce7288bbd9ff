# An automatic collection reclaims cycles without any explicit collect(): __del__ of a cycle member runs during a later allocation.
import gc
gc.collect()
gc.set_threshold(20)
class Node:
    def __init__(self, name):
        self.name = name
        self.me = self
    def __del__(self):
        print('collected', self.name)
Node('a')
print('made cycle')
keep = []
for i in range(30):
    keep.append([i])
    if i % 5 == 0:
        print('allocated', i)
print('end')
