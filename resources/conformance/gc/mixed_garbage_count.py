# collect() counts every kind of garbage container: a list, a dict, a tuple, a set, instances and a function in one cycle.
import gc
gc.disable()
gc.collect()
class Obj:
    pass
o = Obj()
h = Obj()
lst = [o]
d = {'l': lst}
h.t = (d,)
s = {h}
def fn():
    pass
fn.s = s
o.f = fn
del o, h, lst, d, s, fn
print(gc.collect())
