# Which str methods hand back the string itself (a new reference to it) and which build a new one.
import sys
s = 'hello world' * 2
print(sys.getrefcount(s))
results = [s.strip(), s.lstrip('x'), s.replace('zz', 'y'), s.replace('l', 'L', 0), s.zfill(3), s.center(3),
           s.ljust(3), s.rjust(3), s.expandtabs(), s.removeprefix('zz'), s.removeprefix(''),
           s.removesuffix('zz'), s.partition('zz')[0], s.rpartition('zz')[2], s.split('zz')[0],
           s.rsplit('zz')[0], s.splitlines()[0], ''.join([s]), s.format(), str(s), s[:], s * 1, s + '',
           f'{s}', s.lower(), s.title(), s.upper()]
print([r is s for r in results])
print(sys.getrefcount(s))
t = 'xyzw'
parts = t.split()
print(parts[0] is t, sys.getrefcount(t))
del parts
print(sys.getrefcount(t))
