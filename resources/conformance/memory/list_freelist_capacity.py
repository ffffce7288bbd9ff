# The list free list holds at most 80 list objects; a list comprehension's own result list takes one of them before its items do.
fill = [[] for _ in range(300)]
del fill                                  # whatever start-up left, the list free list is now full (80)
drain = [[] for _ in range(100)]         # takes all 80 (the comprehension's result list first)
ls = [[] for _ in range(120)]            # all new GC allocations
ids = [id(x) for x in ls]
del ls                                    # items freed last to first: 119..40 fill the free list, 39..0 and ls itself are freed
new = [[] for _ in range(79)]            # the result list and 79 items: 80 lists from the free list
order = [ids.index(id(x)) if id(x) in ids else None for x in new]
print(ids.index(id(new)) if id(new) in ids else None, order[:3], order[-2:])
print(sorted(order + [ids.index(id(new))]) == list(range(40, 120)))
