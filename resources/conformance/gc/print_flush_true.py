# print(..., flush=True) calls file.flush(): the pending strings are released at once (refcount, gc count of the pending list).
import gc
import sys
gc.disable()
gc.collect()
c = gc.get_count
s = 'flushed' * 2
r = [0] * 8
print('first')
a = c()[0]
print(s, s)
b = c()[0]
r[0] = b - a
r[1] = sys.getrefcount(s)
a = c()[0]
print(s, flush=True)
b = c()[0]
r[2] = b - a
r[3] = sys.getrefcount(s)
print(s, flush=0)
r[4] = sys.getrefcount(s)
print(s, flush=[1])
r[5] = sys.getrefcount(s)
sys.stdout.flush()
r[6] = sys.getrefcount(s)
print(s, file=None)
r[7] = sys.getrefcount(s)
print(r)
