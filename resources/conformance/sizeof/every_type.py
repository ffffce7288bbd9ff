# sys.getsizeof of the builtin types a course program meets, beyond ints, strs and containers.
import sys

def func(x):
    return x

class C:
    def meth(self):
        pass

def gen():
    yield 1

c = C()
values = [range(10), slice(1, 2), iter([1]), iter(()), iter('ab'), iter({}), iter(set()), enumerate([]),
          zip([], []), map(func, []), filter(None, []), reversed([1]), {}.keys(), {}.values(), {}.items(),
          frozenset(), frozenset(range(10)), set(range(10)), complex(1, 2), bytearray(b'abc'), func, c.meth,
          C, c, gen(), None, True, 1.5, Ellipsis, NotImplemented, ValueError('x'), property(func),
          staticmethod(func), classmethod(func), object(), b'', b'abcdef', (), (1,), [], [1], {}, {1: 2},
          type, len, [].append, super(C, c), iter(range(3)), iter(b'ab'), iter((1,)), sys]
for v in values:
    print(type(v).__name__, sys.getsizeof(v))
