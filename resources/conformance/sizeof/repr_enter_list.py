# sys.getsizeof of the thread state's Py_Repr list while reprs nest and unwind: Py_ReprEnter appends (list_resize grows the item array 4 → 8 → 16 slots), Py_ReprLeave deletes the last item (list_resize shrinks the array below half full) and frees the array when the list empties.
import gc
import sys
s = repr([0])
L = [o for o in gc.get_objects() if type(o) is dict and 'Py_Repr' in o][0]['Py_Repr']
sizes = []
class Probe:
    def __repr__(self):
        sizes.append((len(L), sys.getsizeof(L)))
        return 'P'
def nest(n):
    return [Probe(), nest(n - 1), Probe()] if n else [Probe()]
x = nest(14)
s = repr(x)
print(sizes[:15])
print(sizes[15:])
print(len(L), sys.getsizeof(L))
