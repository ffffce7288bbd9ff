# A class with __slots__ keeps its slot names as a new sorted tuple (ht_slots) beside one member descriptor per name; a str or a list given as __slots__ is first made a tuple (the tuple free list hides some of these allocations from count0).
import gc
import sys
gc.disable()
gc.collect()
class Z:
    pass
r = [0] * 8
r[0] = gc.get_count()[0]
class S1:
    __slots__ = ('a',)
r[1] = gc.get_count()[0]
class S2:
    __slots__ = ('b', 'a')
r[2] = gc.get_count()[0]
class S3:
    __slots__ = ()
r[3] = gc.get_count()[0]
class S4:
    __slots__ = 'x'
r[4] = gc.get_count()[0]
class S5:
    __slots__ = ['q', 'p']
r[5] = gc.get_count()[0]
class S6:
    __slots__ = 'xy'
r[6] = gc.get_count()[0]
class S7:
    __slots__ = ('x',)
r[7] = gc.get_count()[0]
print([r[i + 1] - r[i] for i in range(7)])
print(list(S2.__dict__.keys()), list(S5.__dict__.keys()))
print(type(S1.__dict__['a']).__name__, S1.__dict__['a'], gc.is_tracked(S1.__dict__))
print(S2.__slots__, S4.__slots__, S5.__slots__)
print(sys.getsizeof(S1()), sys.getsizeof(S2()), sys.getsizeof(S3()), sys.getsizeof(S5()))
class Priv:
    __slots__ = ('__secret', 'open')
    def __init__(self):
        self.__secret = 1
        self.open = 2
    def peek(self):
        return self.__secret
p = Priv()
print(sorted(k for k in Priv.__dict__ if not k.startswith('__')), p.peek(), p._Priv__secret)
try:
    class Bad:
        __slots__ = ('a',)
        a = 1
except ValueError as e:
    print('ValueError', e)
try:
    class Bad2:
        __slots__ = ('a b',)
except TypeError as e:
    print('TypeError', e)
try:
    class Bad3:
        __slots__ = (1,)
except TypeError as e:
    print('TypeError', e)
