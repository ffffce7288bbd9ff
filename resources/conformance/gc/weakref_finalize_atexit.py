# weakref.finalize at interpreter exit: pending finalizers with atexit=True run newest first before the globals
# are cleared; one with atexit=False never runs; a finalizer that frees another object triggers that one's.
import weakref
class A:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
a = A(1)
b = A(2)
c = A(3)
fa = weakref.finalize(a, print, "finalize a")
fb = weakref.finalize(b, print, "finalize b")
fc = weakref.finalize(c, print, "finalize c")
fc.atexit = False
print(fa.atexit, fc.atexit, fa.alive)
def late():
    print("late")
d = A(4)
fd = weakref.finalize(d, late)
del d
e = A(5)
holder = [e]
del e
fe = weakref.finalize(holder[0], print, "finalize e")
def drop():
    print("drop")
    holder.clear()
keep = A(6)
fk = weakref.finalize(keep, drop)
print(fk.alive, fe.alive, fd.alive, fd.atexit)
print("end")
