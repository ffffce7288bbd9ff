# getsizeof of class instances with and without attributes and with __slots__.
import sys
class Plain:
    pass
class One:
    def __init__(self):
        self.a = 1
class Slots2:
    __slots__ = ('a', 'b')
class Slots0:
    __slots__ = ()
print(sys.getsizeof(Plain()), sys.getsizeof(One()), sys.getsizeof(Slots2()), sys.getsizeof(Slots0()))
o = One()
o.b = 2
o.c = 3
print(sys.getsizeof(o))
print(sys.getsizeof(o.__dict__))
