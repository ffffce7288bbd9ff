# A program that empties the thread state's dict (found through gc.get_objects()): the next Py_ReprEnter makes a new Py_Repr list in it (one more GC object, a new keys table), and the old list lives on only through the program's name.
import gc
import sys
s = repr([1])
d = [o for o in gc.get_objects() if type(o) is dict and 'Py_Repr' in o][0]
old = d['Py_Repr']
d.clear()
print(len(d), gc.is_tracked(d), sys.getrefcount(old))
gc.collect()
gc.disable()
a = gc.get_count()[0]
s = repr([2])
b = gc.get_count()[0]
print(b - a, d, old, d['Py_Repr'] is old, gc.is_tracked(d), sys.getrefcount(d['Py_Repr']))
