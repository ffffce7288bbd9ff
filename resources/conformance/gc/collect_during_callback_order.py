# gc.callbacks run around the collection: a __del__ in the garbage prints between the 'start' and 'stop' callbacks.
import gc
gc.disable()
gc.collect()
class D:
    def __del__(self):
        print('  __del__')
gc.callbacks.append(lambda phase, info: print(phase, info['generation'], info['collected']))
d = D()
d.me = d
del d
gc.collect(1)
gc.callbacks.clear()
