# Several gc.callbacks run in list order for each phase; removing one stops its calls.
import gc
gc.disable()
gc.collect()
out = []
def first(phase, info):
    out.append('first ' + phase)
def second(phase, info):
    out.append('second ' + phase)
gc.callbacks.extend([first, second])
gc.collect()
gc.callbacks.remove(first)
gc.collect()
gc.callbacks.remove(second)
print(out)
