# A dict and a list referring to each other, with a third object hanging off the cycle: all three are collected.
import gc
gc.disable()
gc.collect()
d = {'items': []}
d['items'].append(d)
d['extra'] = [1, 2, 3]
del d
print(gc.collect())
