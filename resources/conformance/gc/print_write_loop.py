# sys.stdout.write in a loop calls the method descriptor unbound (no bound method); a stored bound write and print() make one per call.
import gc
import sys
gc.disable()
gc.collect()
c = gc.get_count
r = [0] * 6
parts = ['p%d' % i for i in range(40)]
a = c()[0]
for p in parts:
    sys.stdout.write(p)
b = c()[0]
r[0] = b - a
w = sys.stdout.write
a = c()[0]
for p in parts:
    w(p)
b = c()[0]
r[1] = b - a
r[2] = sys.getrefcount(parts[5])
r[3] = sys.getrefcount(w)
r[4] = w('\n')
r[5] = sys.stdout.write('done\n')
print(r)
