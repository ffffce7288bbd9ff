# getrefcount of non-cached ints, floats and runtime-built strings (ordinary counts).
import sys
n = int('1000000')
print(sys.getrefcount(n))
m = n
print(sys.getrefcount(n))
f = float('2.5')
print(sys.getrefcount(f))
s = ''.join(['ab', 'cd'])
print(sys.getrefcount(s))
ss = [s, s]
print(sys.getrefcount(s))
big = 10 ** 30
print(sys.getrefcount(big))
