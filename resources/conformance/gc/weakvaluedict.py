# A WeakValueDictionary entry disappears when its value (a cycle) is collected.
import gc, weakref
gc.disable()
gc.collect()
class V:
    pass
wd = weakref.WeakValueDictionary()
v1 = V()
v1.me = v1
v2 = V()
wd['one'] = v1
wd['two'] = v2
print(sorted(wd.keys()))
del v1
print(sorted(wd.keys()))
gc.collect()
print(sorted(wd.keys()))
