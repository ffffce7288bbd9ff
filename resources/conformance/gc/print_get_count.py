# gc.get_count() across print(): the first call makes print's keyword tuple, each call an *args tuple (tuple free list), the second piece of output a pending list.
import gc
import sys
gc.disable()
gc.collect()
c = gc.get_count
r = [0] * 10
a = c()[0]
b = c()[0]
a = c()[0]
print('hi')
b = c()[0]
r[0] = b - a
a = c()[0]
print('hi')
b = c()[0]
r[1] = b - a
a = c()[0]
print('a', 'b')
b = c()[0]
r[2] = b - a
a = c()[0]
print('a', 'b', 'c')
b = c()[0]
r[3] = b - a
a = c()[0]
print()
b = c()[0]
r[4] = b - a
a = c()[0]
sys.stdout.write('w\n')
b = c()[0]
r[5] = b - a
gc.collect()
a = c()[0]
print('after collect')
b = c()[0]
r[6] = b - a
a = c()[0]
print('x', 'y', sep='--', end='!\n')
b = c()[0]
r[7] = b - a
print(r)
