# Imports under gc.DEBUG_STATS: sys, weakref and functools are loaded before __main__ starts (importing them
# adds nothing); a from-import's name tuple is the compiler's own, untracked a pass later than its neighbours.
from gc import set_debug, collect, DEBUG_STATS
set_debug(DEBUG_STATS)
import sys, weakref, functools
from functools import reduce
total = reduce(lambda a, b: a + b, [1, 2, 3])
collect(0)
collect(1)
import gc as g
g.collect(0)
g.collect()
set_debug(0)
print(total, g.get_debug())
