# Finalizers and weakref callbacks in collected cycles, with gc.DEBUG_STATS.
import gc
import weakref
log = []


class D:
    def __del__(self):
        log.append('del')


def gone(ref):
    log.append('weakref')


gc.set_debug(gc.DEBUG_STATS)
a = D()
a.me = a
b = D()
b.me = b
r = weakref.ref(b, gone)
del a, b
gc.collect(0)
gc.collect()
gc.set_debug(0)
print(log, r() is None)
