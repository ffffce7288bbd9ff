# Allocating floats, ints, strings and bytes does not change count0: they are not GC objects.
import gc
gc.disable()
gc.collect()
a = gc.get_count()
xs = [float(i) + 0.5 for i in range(50)]
b = gc.get_count()
ys = [str(i) * 3 for i in range(50)]
c = gc.get_count()
zs = [10 ** 20 + i for i in range(50)]
d = gc.get_count()
print(b[0] - a[0], c[0] - b[0], d[0] - c[0])
