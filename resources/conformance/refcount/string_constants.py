# String constants are shared through code objects: deltas of getrefcount for a literal used in several places.
import sys
base = sys.getrefcount('heapscope-literal')
a = 'heapscope-literal'
print(sys.getrefcount('heapscope-literal') - base)
b = ['heapscope-literal'] * 3
print(sys.getrefcount('heapscope-literal') - base)
def f():
    return 'heapscope-literal'
c = f()
print(sys.getrefcount('heapscope-literal') - base)
del a, b, c
print(sys.getrefcount('heapscope-literal') - base)
