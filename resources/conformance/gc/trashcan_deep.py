# Deallocating very deeply nested containers works without overflowing the C stack (the trashcan mechanism, test_gc.test_trashcan).
import gc
gc.disable()
deep = []
for _ in range(200000):
    deep = [deep]
print('built')
del deep
print('freed')
t = ()
for _ in range(100000):
    t = (t,)
del t
d = {}
for _ in range(100000):
    d = {'d': d}
d = None
print('done')
