# sys.getallocatedblocks() across reprs, nothing printed until the end: the first container repr keeps the thread state's dict, its keys table and the Py_Repr list (three blocks once a full collection emptied the free lists); the list's item array is freed whenever its last object leaves, and grows only while reprs nest.
import gc
import sys
gc.collect()
d = [0] * 7
x = [1, 2, 3]
deep = [[[[[[[1]]]]]]]
base = sys.getallocatedblocks()
s0 = repr([])
d[0] = sys.getallocatedblocks() - base
s1 = repr(x)
d[1] = sys.getallocatedblocks() - base
s2 = repr(x)
d[2] = sys.getallocatedblocks() - base
s3 = repr(deep)
d[3] = sys.getallocatedblocks() - base
s4 = repr({1: x})
d[4] = sys.getallocatedblocks() - base
del s1, s2, s3, s4
d[5] = sys.getallocatedblocks() - base
gc.collect()
d[6] = sys.getallocatedblocks() - base
print(d)
