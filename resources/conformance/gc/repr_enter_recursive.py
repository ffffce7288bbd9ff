# Nested and recursive containers: each level's repr enters the Py_Repr list (its item array grows past 4 slots and shrinks back, list_resize) and a container met again prints as [...] / {...} / (...); gc.get_count() counts the thread state's dict and list once.
import gc
gc.collect()
gc.disable()
c = gc.get_count
r = [0] * 4
deep = [1, [2, [3, [4, [5, [6, [7]]]]]]]
me = [1]
me.append(me)
d = {'k': me}
d['self'] = d
t = (me, d)
a = c()[0]
b = c()[0]
a = c()[0]
s1 = repr(deep)
b = c()[0]
r[0] = b - a
a = c()[0]
s2 = repr(t)
b = c()[0]
r[1] = b - a
a = c()[0]
s3 = repr([deep, deep, [deep]])
b = c()[0]
r[2] = b - a
gc.collect()
r[3] = c()[0]
print(r)
print(s1)
print(s2)
print(s3)
