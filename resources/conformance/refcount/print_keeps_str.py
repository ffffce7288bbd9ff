# A printed str stays referenced by stdout's pending buffer (refcount one higher) until a flush; stderr is line-buffered.
import sys
s = 'held' * 3
r = [0] * 8
r[0] = sys.getrefcount(s)
print(s)
r[1] = sys.getrefcount(s)
print(s, s)
r[2] = sys.getrefcount(s)
sys.stdout.write(s)
r[3] = sys.getrefcount(s)
print('x' * 8200)
r[4] = sys.getrefcount(s)
print(s, end='')
r[5] = sys.getrefcount(s)
print(s, file=sys.stderr)
r[6] = sys.getrefcount(s)
sys.stdout.flush()
r[7] = sys.getrefcount(s)
print(r)
