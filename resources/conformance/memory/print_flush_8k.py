# More than 8 KiB of output flushes stdout's pending buffer: the printed strings and the pending list are freed (allocated blocks fall back).
import sys
g = sys.getallocatedblocks
r = [0] * 8
print('warm up', 'the', 'parser')
sys.stdout.flush()
base = g()
lines = ['line %d of some output' % i for i in range(400)]
r[0] = g() - base
for s in lines:
    print(s)
r[1] = g() - base
keep = lines[5]
r[2] = sys.getrefcount(keep)
del lines
r[3] = g() - base
print('y' * 9000)
r[4] = g() - base
r[5] = sys.getrefcount(keep)
sys.stdout.write('z' * 8192)
r[6] = g() - base
sys.stdout.write('tail\n')
r[7] = g() - base
print(r)
