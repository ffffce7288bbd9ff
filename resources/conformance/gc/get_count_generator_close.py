# Dropping or closing a generator suspended outside any try block: GeneratorExit is never instantiated (no handler normalizes it), only the frame object and one traceback are made, and the caller gets no frame object.
import gc
import sys
gc.disable()
gc.collect()


def plain():
    yield 1
    yield 2


def holding(x):
    y = [x, x]
    yield y
    yield 2


def run(f, start, how):
    g = f(1) if f is holding else f()
    for _ in range(start):
        next(g)
    a = gc.get_count()[0]
    if how == 'del':
        del g
    else:
        g.close()
    b = gc.get_count()[0]
    return b - a


print(run(plain, 1, 'del'), run(plain, 1, 'del'), run(plain, 1, 'close'), run(plain, 0, 'del'), run(plain, 2, 'close'))
print(run(holding, 1, 'del'), run(holding, 2, 'del'), run(holding, 1, 'close'))
g = plain()
next(g)
a = gc.get_count()[0]
del g
b = gc.get_count()[0]
print(b - a)
g = holding(5)
item = next(g)
print(sys.getrefcount(item))
a = gc.get_count()[0]
g.close()
b = gc.get_count()[0]
print(b - a, sys.getrefcount(item))
try:
    next(g)
except StopIteration:
    print('closed')
a = gc.get_count()[0]
del g
b = gc.get_count()[0]
print(b - a)
