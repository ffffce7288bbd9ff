# 3.11 statically allocated objects (small ints, (), '') start near 999999999: print only deltas caused by the program.
import sys
before = sys.getrefcount(7)
xs = [7] * 10
print(sys.getrefcount(7) - before)
del xs
print(sys.getrefcount(7) - before)
t0 = sys.getrefcount(())
ts = [(), (), ()]
print(sys.getrefcount(()) - t0)
e0 = sys.getrefcount('')
es = ['' for _ in range(4)]
print(sys.getrefcount('') - e0)
print(sys.getrefcount(7) > 999999999, sys.getrefcount(()) > 999999999)
print(sys.getrefcount(-5) > 999999999, sys.getrefcount(256) > 999999999)
n0 = sys.getrefcount(None)
ns = [None] * 5
print(sys.getrefcount(None) - n0)
