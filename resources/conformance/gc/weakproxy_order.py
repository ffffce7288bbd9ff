# The referent's weakref list: the shared basic ref first, the shared basic proxy next, then refs and proxies
# with callbacks, newest first; at the referent's death the callbacks run in that order and see dead proxies.
import weakref
class V:
    pass
v = V()
log = []
def cb(name):
    return lambda w: log.append((name, type(w).__name__))
c1 = weakref.ref(v, cb("c1"))
p = weakref.proxy(v)
c2 = weakref.proxy(v, cb("c2"))
r = weakref.ref(v)
c3 = weakref.ref(v, cb("c3"))
p2 = weakref.proxy(v)
refs = weakref.getweakrefs(v)
names = {id(r): "r", id(p): "p", id(c1): "c1", id(c2): "c2", id(c3): "c3"}
print([names[id(x)] for x in refs], p2 is p)
del refs
del v
print(log)
print(r(), c1(), c3())
try:
    c2.anything
except ReferenceError as e:
    print("ReferenceError:", e)
