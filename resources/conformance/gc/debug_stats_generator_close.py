# Generators dropped while suspended outside any try block, under gc.DEBUG_STATS (the close makes a frame object and a traceback, no GeneratorExit object).
import gc


def counter(n):
    items = [n]
    yield items
    yield n


def run():
    g = counter(1)
    next(g)
    del g
    h = counter(2)
    return h


gc.set_debug(gc.DEBUG_STATS)
gc.collect(0)
kept = run()
next(kept)
gc.collect(0)
del kept
gc.collect(1)
gens = [counter(i) for i in range(5)]
for g in gens:
    next(g)
del g
gc.collect(0)
gens.clear()
gc.collect()
gc.set_debug(0)
