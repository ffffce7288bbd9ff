# sys.getrefcount(self) inside __repr__ shows who holds the object while a container's repr runs: list_repr and tuplerepr hold nothing of their own, dict_repr holds the key and the value, set_repr and dictview_repr go through a keys list (PySequence_List), and the container itself sits in the thread state's Py_Repr list.
import sys
class A:
    def __repr__(self):
        out.append(sys.getrefcount(self))
        return 'A'
class Outer:
    def __repr__(self):
        out.append(sys.getrefcount(box))
        return 'O'
out = []
a = A()
s = repr(a)
s = repr([a])
s = repr((a,))
s = repr({a: 1})
s = repr({1: a})
s = repr({a})
s = repr(frozenset([a]))
s = repr({1: a}.values())
s = repr({a: 1}.keys())
s = repr({1: a}.items())
box = [Outer()]
s = repr(box)
box = {0: Outer()}
s = repr(box)
box = (Outer(), 0)
s = repr(box)
box = {0: Outer()}.values()
s = repr(box)
print(out)
