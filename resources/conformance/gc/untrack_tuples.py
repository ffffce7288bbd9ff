# Tuples are tracked at creation; a collection untracks those whose items are all untracked; nested tuples take one more collection.
import gc
gc.disable()
gc.collect()
def make(i):
    return (i, i + 1)
t = make(1)
nested = (make(2), make(3))
holder = ([],)
print(gc.is_tracked(t), gc.is_tracked(nested), gc.is_tracked(holder))
gc.collect(0)
print(gc.is_tracked(t), gc.is_tracked(nested), gc.is_tracked(holder))
gc.collect(1)
print(gc.is_tracked(t), gc.is_tracked(nested), gc.is_tracked(holder))
