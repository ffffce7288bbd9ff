# Several weakrefs with callbacks to one object: the shared basic ref, getweakrefcount/getweakrefs, and the callbacks' order when the refcount reaches zero.
import weakref
class R:
    pass
r = R()
basic = weakref.ref(r)
ws = [weakref.ref(r, lambda w, i=i: print('callback', i, w() is None)) for i in range(3)]
print(weakref.getweakrefcount(r), weakref.ref(r) is basic, weakref.getweakrefs(r)[0] is basic)
print([[x is w for x in weakref.getweakrefs(r)].index(True) for w in ws])
del r
print(basic(), [w() for w in ws])
