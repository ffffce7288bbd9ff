# sys.stdout and sys.stderr are _io.TextIOWrapper objects (208 bytes with the GC header) held by sys.stdout and sys.__stdout__; their write is a method descriptor, bound anew on each attribute access.
import sys, gc
print(sys.getsizeof(sys.stdout), sys.getsizeof(sys.stderr), sys.getsizeof(sys.stdout.write), sys.getrefcount(sys.stdout), sys.getrefcount(sys.stdout.write))
print(gc.is_tracked(sys.stdout), type(sys.stdout), type(sys.stdout.write), type(sys.stdout).write)
print(sys.stdout.write.__self__ is sys.stdout, sys.stdout.write.__name__, sys.stdout.write is sys.stdout.write, sys.stdout is sys.__stdout__, sys.stderr is sys.__stderr__)
print(type(sys.stdout).__name__, type(sys.stdout).__module__, type(sys.stdout).__qualname__)
print(sys.stdout == sys.stdout, hash(sys.stdout) == hash(sys.stdout), str(sys.stdout) == repr(sys.stdout), sys.stdout.writable(), sys.stdout.readable(), sys.stdout.seekable(), sys.stdout.isatty(), sys.stdout.closed, sys.stdout._CHUNK_SIZE)
