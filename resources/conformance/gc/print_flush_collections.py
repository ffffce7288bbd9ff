# A flush of stdout wraps the buffer in a memoryview (two GC objects): with a small threshold, the write itself fires automatic collections.
import gc
import sys
gc.collect()
log = []
def cb(phase, info):
    if phase == 'start':
        log.append(info['generation'])
big = 'x' * 5000
gc.set_threshold(1, 100, 100)
gc.callbacks.append(cb)
sys.stdout.write(big)
sys.stdout.write(big)
sys.stdout.write('\n')
sys.stdout.flush()
sys.stdout.write(big + '\n')
sys.stdout.flush()
gc.callbacks.remove(cb)
counts = gc.get_count()
gc.set_threshold(700, 10, 10)
print(log, counts)
