# A chain of nested lists whose innermost list refers back to the outermost: collect() returns the chain length.
import gc
gc.disable()
gc.collect()
outer = []
cur = outer
for _ in range(20):
    nxt = []
    cur.append(nxt)
    cur = nxt
cur.append(outer)
del outer, cur, nxt
print(gc.collect())
