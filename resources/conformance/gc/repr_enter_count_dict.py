# gc.get_count() across the first repr() of an empty dict (dict_repr enters Py_ReprEnter even for {}, unlike list_repr and tuplerepr), with the start-up free lists as the interpreter left them: the thread state's dict and list reuse free-list entries, so the count does not move, yet gc.get_objects() finds them.
import gc
def made():
    return len([o for o in gc.get_objects() if type(o) is dict and 'Py_Repr' in o])
gc.disable()
c = gc.get_count
r = [0] * 5
d = {}
a = c()[0]
b = c()[0]
a = c()[0]
s = repr(())
b = c()[0]
r[0] = b - a
m = [made()]
a = c()[0]
s = repr(d)
b = c()[0]
r[1] = b - a
m.append(made())
a = c()[0]
s = repr({1: d})
b = c()[0]
r[2] = b - a
a = c()[0]
s = repr(set())
b = c()[0]
r[3] = b - a
a = c()[0]
s = repr({1: 2}.items())
b = c()[0]
r[4] = b - a
print(r, m, s)
