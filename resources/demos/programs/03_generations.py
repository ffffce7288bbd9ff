import gc

gc.collect()
empty = gc.get_count()          # (allocations since gen 0 was collected, gen 0 collections, gen 1 collections)

containers = [[] for _ in range(50)]
filled = gc.get_count()         # 50 new lists (and a few helper objects) in generation 0

gc.collect(0)                   # collect the youngest generation only
after_gen0 = gc.get_count()     # survivors moved to generation 1; one more gen-0 collection counted

gc.collect(1)
after_gen1 = gc.get_count()     # and now to generation 2

print(empty)
print(filled)
print(after_gen0)
print(after_gen1)
del containers
print(gc.collect())             # the lists are freed by refcounting: nothing left for the GC
