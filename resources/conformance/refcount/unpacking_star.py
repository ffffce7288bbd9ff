# Starred unpacking, swaps, nested targets and call-site * and ** unpacking, and the references they make.
import sys
a = object()
b = object()
first, *rest = [a, b, a]
print(sys.getrefcount(a), sys.getrefcount(b), len(rest))
a2, b2 = b, a
print(a2 is b, sys.getrefcount(a), sys.getrefcount(b))
(x, (y, z)), w = (a, (b, a)), b
print(sys.getrefcount(a), sys.getrefcount(b))
del first, rest, a2, b2, x, y, z, w
print(sys.getrefcount(a), sys.getrefcount(b))

def f(*args, **kwargs):
    print(len(args), sorted(kwargs), sys.getrefcount(a), sys.getrefcount(b))

f(*[a, b], **{'k': a})
f(a, *(b,), key=b)
head, *mid, tail = range(5)
print(head, mid, tail)
*init, last = 'abc'
print(init, last)
gen = (v for v in [a, b])
p, q = gen
print(p is a, sys.getrefcount(a))
d = {'x': a, **{'y': b}}
print(sys.getrefcount(a), sys.getrefcount(b))
t = (*[a, b], *(a,))
print(len(t), sys.getrefcount(a))
