# weakref.finalize.peek() and detach(): the pending (obj, func, args, kwargs); a detached finalizer never runs.
import weakref
class A:
    pass
def fin(*args, **kw):
    print("fin", args, kw)
a = A()
f = weakref.finalize(a, fin, 1, 2, k=3)
o, func, args, kw = f.peek()
print(o is a, func is fin, args, kw, f.alive)
del o
g = weakref.finalize(a, fin, "g")
print(g.detach()[2], g.alive, g.detach(), g.peek())
b = A()
h = weakref.finalize(b, fin, "h")
del b
print(h.peek(), h.detach(), h.alive)
del a
print("end")
