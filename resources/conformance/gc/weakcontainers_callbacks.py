# The containers' entry weakrefs are callback refs in the referent's weakref list: after the basic ref, newest
# first, so user callbacks registered earlier run after the container's removal; getweakrefcount sees them.
import gc, weakref
gc.disable()
gc.collect()
class V:
    pass
v = V()
log = []
r1 = weakref.ref(v, lambda w: log.append(("r1", len(wd), len(ws))))
wd = weakref.WeakValueDictionary()
wd["k"] = v
ws = weakref.WeakSet()
ws.add(v)
r2 = weakref.ref(v, lambda w: log.append(("r2", len(wd), len(ws))))
wk = weakref.WeakKeyDictionary()
wk[v] = "value"
print(weakref.getweakrefcount(v), len(wd), len(ws), len(wk))
print([type(x).__name__ for x in weakref.getweakrefs(v)])
v.cycle = v
del v
print(len(wd), len(ws), len(wk))
print(gc.collect())
print(log, len(wd), len(ws), len(wk))
