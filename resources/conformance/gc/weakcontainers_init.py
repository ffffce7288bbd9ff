# Weak containers built from initial contents (a dict and keywords, an iterable) and update(); a value that
# cannot be weakly referenced is a TypeError.
import weakref
class V:
    def __init__(self, n): self.n = n
    def __repr__(self): return "V%d" % self.n
a, b, c = V(1), V(2), V(3)
wd = weakref.WeakValueDictionary({"a": a, "b": b}, c=c)
print(sorted(wd.items(), key=lambda kv: kv[0]))
wd.update({"z": a})
print(sorted(wd.keys()), len(wd))
wk = weakref.WeakKeyDictionary({a: 1, b: 2})
print(sorted(wk.values()))
ws = weakref.WeakSet([a, b, a])
ws.update([c])
print(len(ws), c in ws)
try:
    weakref.WeakValueDictionary({"x": 1})
except TypeError as e:
    print("TypeError:", e)
del a
print(sorted(wd.keys()), len(wk), len(ws))
