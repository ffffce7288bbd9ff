# Functions, closures, defaults and keyword calls: the compiler's tuples (co_consts, co_names, locals) are
# tracked in CPython's generation 0 and untracked by the first collections.
import gc


def add(a, b=(1, 2), *, scale=3):
    return (a + b[0]) * scale


def outer(x):
    def inner(y):
        return x + y
    return inner


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm(self):
        return abs(self.x) + abs(self.y)


gc.set_debug(gc.DEBUG_STATS)
f = outer(1)
p = Point(1, y=2)
total = add(1, scale=2) + f(2) + p.norm()
gc.collect(0)
gc.collect(0)
gc.collect(1)
gc.collect(2)
gc.collect(2)
gc.set_debug(0)
print(total)
