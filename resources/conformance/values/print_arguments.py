# print()'s argument errors and file lookups: an invalid keyword, a non-str sep/end, write() of a non-str, a replaced and a missing sys.stdout.
import sys
for f in (lambda: print('a', x=1), lambda: print('a', sep=1), lambda: print('a', end=b''), lambda: sys.stdout.write(5), lambda: sys.stdout.write(), lambda: sys.stdout.flush(1)):
    try:
        f()
    except TypeError as e:
        print('TypeError:', e)
class Sink:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
sink = Sink()
print('to', 'sink', 12, file=sink)
print(sink.parts)
saved = sys.stdout
sys.stdout = sink
print('via', 'sys.stdout')
sys.stdout = None
print('lost')
del sys.stdout
try:
    print('gone')
except RuntimeError as e:
    sys.stdout = saved
    print('RuntimeError:', e)
print(sink.parts)
print(repr(sys.stdout), repr(sys.stderr))
print(sys.stdout is sys.__stdout__, sys.stdout.encoding, sys.stderr.errors, sys.stdout.line_buffering, sys.stderr.line_buffering)
print(sys.stdout.write('abc\n'), sys.stdout.flush(), sys.stdout.fileno(), sys.stderr.fileno())
