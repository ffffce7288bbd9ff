# Nested tuples of atomic values built at run time are untracked by collections (the inner one first); a dict is untracked only by a full collection.
import gc
gc.disable()
gc.collect()
x = 1
t = ((x, 2), 3)
print(gc.is_tracked(t), gc.is_tracked(t[0]))
gc.collect(0)
print(gc.is_tracked(t), gc.is_tracked(t[0]))
gc.collect(0)
print(gc.is_tracked(t))
u = ([],)
gc.collect()
print(gc.is_tracked(u))
d = {'a': []}
print(gc.is_tracked(d))
d['a'] = 1
gc.collect(1)
print(gc.is_tracked(d))
gc.collect()
print(gc.is_tracked(d))
