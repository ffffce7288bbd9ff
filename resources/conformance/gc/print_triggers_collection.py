# With a small threshold, the bound write method print() allocates for each piece fires automatic collections from inside print().
import gc
gc.collect()
log = []
def cb(phase, info):
    if phase == 'start':
        log.append(info['generation'])
gc.set_threshold(5, 3, 100)
gc.callbacks.append(cb)
for i in range(12):
    print('line', i + 10, 'of', 'output')
gc.callbacks.remove(cb)
n = len(log)
counts = gc.get_count()
gc.set_threshold(700, 10, 10)
print(n, log, counts)
