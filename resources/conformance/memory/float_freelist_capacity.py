# The float free list holds at most 100 floats: of 150 freed floats only the first 100 freed are reused by the next 100 new floats, newest first.
fill = [i + 0.5 for i in range(300)]     # int + float allocates exactly one float
del fill                                  # whatever start-up left, the free list is now full (100)
drain = [i + 0.5 for i in range(100)]    # takes all 100: the free list is empty
fs = [i + 0.25 for i in range(150)]      # all from pymalloc
ids = [id(f) for f in fs]
del fs                                    # freed last to first: 149..50 go on the free list, 49..0 to pymalloc
new = [i + 0.75 for i in range(100)]
order = [ids.index(id(f)) if id(f) in ids else None for f in new]
print(order[:5], order[-3:])
print(sorted(order) == list(range(50, 150)))
