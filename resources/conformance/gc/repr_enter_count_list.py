# gc.get_count() across the first repr() of a list: Py_ReprEnter (Objects/object.c) makes the thread state's dict and its Py_Repr list, two new GC objects once the free lists are empty; an empty list's repr never enters; later reprs add nothing.
import gc
gc.collect()
gc.disable()
c = gc.get_count
r = [0] * 6
x = [1, 2, 3]
a = c()[0]
b = c()[0]
a = c()[0]
s = repr([])
b = c()[0]
r[0] = b - a
a = c()[0]
s = repr(x)
b = c()[0]
r[1] = b - a
a = c()[0]
s = repr(x)
b = c()[0]
r[2] = b - a
a = c()[0]
s = str([x, x])
b = c()[0]
r[3] = b - a
gc.collect()
r[4] = c()[0]
a = c()[0]
s = repr((x,))
b = c()[0]
r[5] = b - a
print(r, s)
