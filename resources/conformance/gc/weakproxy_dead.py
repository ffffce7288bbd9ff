# Once its referent is gone every operation on a proxy raises ReferenceError; the proxy itself stays alive,
# and its repr then names NoneType.
import gc, weakref
class V:
    def m(self):
        return "m"
    def __len__(self):
        return 1
v = V()
p = weakref.proxy(v)
del v
ops = [lambda: p.m, lambda: p.m(), lambda: len(p), lambda: str(p), lambda: bool(p), lambda: p + 1,
       lambda: 1 + p, lambda: p == 1, lambda: p[0], lambda: list(p), lambda: 1 in p, lambda: isinstance(p, V)]
for op in ops:
    try:
        op()
        print("no error")
    except ReferenceError as e:
        print(type(e).__name__, e)
def setattr_dead():
    p.x = 1
try:
    setattr_dead()
except ReferenceError as e:
    print("set:", e)
print(repr(p).startswith("<weakproxy at "), repr(p).split(" to ")[1].split(" at ")[0])
print(type(p).__name__, gc.is_tracked(p))
