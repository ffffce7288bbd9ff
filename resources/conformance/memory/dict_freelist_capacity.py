# The dict free list holds at most 80 dict objects: of 100 freed dicts, the last 80 freed come back first, newest first.
fill = [{} for _ in range(300)]
del fill                                  # whatever start-up left, the dict free list is now full (80)
drain = [{} for _ in range(80)]          # takes all 80: the free list is empty
ds = [{} for _ in range(100)]            # all new GC allocations
ids = [id(d) for d in ds]
del ds                                    # freed last to first: 99..20 fill the free list, 19..0 are freed to pymalloc
new = [{} for _ in range(80)]
order = [ids.index(id(d)) if id(d) in ids else None for d in new]
print(order[:3], order[-2:])
print(sorted(order) == list(range(20, 100)))
