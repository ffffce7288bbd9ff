# Generators: yield, send, return values, yield from, close and generator state.
def count(n):
    i = 0
    while i < n:
        got = yield i
        if got:
            i += got
        i += 1
    return 'done'
g = count(10)
print(next(g), next(g), g.send(3), next(g))
def wrapper():
    r = yield from count(2)
    print('inner returned', r)
    yield 'last'
print(list(wrapper()))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(12)])
def closing():
    try:
        yield 1
        yield 2
    finally:
        print('cleanup')
c = closing()
print(next(c))
c.close()
try:
    next(c)
except StopIteration:
    print('stopped')
