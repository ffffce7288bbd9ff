# WeakValueDictionary, WeakSet and WeakKeyDictionary: entries vanish with their referents (refcount death or a
# collection), values/keys are not kept alive, lookups, iteration and KeyError; a container in a cycle is collected
# with its internal objects (the _remove callback, its defaults tuple and selfref, data, _pending_removals, _iterating).
import gc, weakref, sys
gc.disable()
gc.collect()
class V:
    def __init__(self, n): self.n = n
    def __repr__(self): return "V%d" % self.n
vs = [V(i) for i in range(8)]
wd = weakref.WeakValueDictionary()
wd['a'] = vs[0]
wd['b'] = vs[1]
wd['c'] = vs[2]
print(len(wd), 'a' in wd, 'z' in wd, wd['a'], wd.get('z'), wd.get('z', 5), sorted(wd), sorted(wd.keys()), list(wd.values()), list(wd.items()))
print(sys.getrefcount(vs[0]), weakref.getweakrefcount(vs[0]), weakref.getweakrefcount(wd))
print(type(wd), type(wd).__name__, repr(weakref.getweakrefs(vs[0])[0]).split(";")[1].split(" at")[0])
del wd['b']
vs[2] = None
print(sorted(wd.keys()))
try:
    wd['zz']
except KeyError as e:
    print("KeyError", e)
ws = weakref.WeakSet()
for v in vs[3:7]:
    ws.add(v)
ws.add(vs[3])
print(len(ws), vs[3] in ws, vs[0] in ws, sorted(ws, key=lambda v: v.n))
ws.discard(vs[4])
vs[5] = None
print(len(ws), sorted(v.n for v in ws))
wk = weakref.WeakKeyDictionary()
wk[vs[6]] = "six"
wk[vs[7]] = "seven"
wk[vs[7]] = "SEVEN"
print(len(wk), wk[vs[7]], vs[6] in wk, list(wk.values()), sorted(v.n for v in wk.keys()))
vs[6] = None
print(len(wk), list(wk.items()))
a = V(100)
a.wd = weakref.WeakValueDictionary()
a.wd['self'] = a
a.ws = weakref.WeakSet()
a.ws.add(a)
del a
print(gc.collect())
print(repr(wd).startswith("<WeakValueDictionary at 0x"), repr(wk).startswith("<WeakKeyDictionary at 0x"))
del wd, ws, wk
print(gc.collect())
