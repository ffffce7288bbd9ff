# gc.get_objects() finds the thread state's dict once a container's repr ran (Py_ReprEnter): {'Py_Repr': []}, tracked, held by the thread state alone; inside a __repr__ its list holds every container whose repr is running, innermost last.
import gc
import sys
def tstate_dicts():
    return [o for o in gc.get_objects() if type(o) is dict and 'Py_Repr' in o]
print(len(tstate_dicts()))
s = repr((1, 2))
ds = tstate_dicts()
print(len(ds), ds[0], gc.is_tracked(ds[0]), gc.is_tracked(ds[0]['Py_Repr']))
d = ds[0]
del ds
print(sys.getrefcount(d), sys.getrefcount(d['Py_Repr']), len(gc.get_referrers(d)), len(gc.get_referrers(d['Py_Repr'])))
class Probe:
    def __repr__(self):
        stack = d['Py_Repr']
        print(len(stack), [type(o).__name__ for o in stack], stack[0] is outer, sys.getrefcount(outer), sys.getrefcount(self))
        return 'Probe'
p = Probe()
outer = [1, {2: (p,)}, {p}]
print(repr(outer))
print(d, sys.getrefcount(outer), sys.getrefcount(p))
