# A gc callback that prints runs inside print() when a piece's bound write method fires the collection: its output lands between the outer print's pieces.
import gc
gc.collect()
keep = []
class P:
    def __str__(self):
        keep.append([])
        return 'p'
def cb(phase, info):
    if phase == 'start':
        print('<gc', info['generation'], end='>')
p = P()
gc.set_threshold(2, 100, 100)
gc.callbacks.append(cb)
for i in range(4):
    print('row', p, p, p, 'end')
gc.callbacks.remove(cb)
counts = gc.get_count()
gc.set_threshold(700, 10, 10)
print(counts, len(keep))
