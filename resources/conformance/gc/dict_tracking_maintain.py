# A dict starts untracked and becomes tracked when a possibly-tracked key or value is stored; atomic values keep it untracked.
import gc
d = {}
print(gc.is_tracked(d))
d['x'] = 1
d['y'] = 'str'
d['z'] = (1, 2)
print(gc.is_tracked(d))
d['w'] = ()
print(gc.is_tracked(d))
d['v'] = [[]]
print(gc.is_tracked(d))
e = dict(a=1, b=2.5)
print(gc.is_tracked(e))
f = dict.fromkeys(range(3))
print(gc.is_tracked(f))
g = {i: [] for i in range(2)}
print(gc.is_tracked(g))
