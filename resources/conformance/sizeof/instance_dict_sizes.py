# getsizeof of instances with 0..8 attributes and of their materialised __dict__ (3.11: shared keys, values outside the object).
import sys
def make(n):
    class C:
        pass
    o = C()
    for i in range(n):
        setattr(o, 'a%d' % i, i)
    return o
for n in range(9):
    o = make(n)
    before = sys.getsizeof(o)
    print(n, before, sys.getsizeof(o.__dict__), sys.getsizeof(o))
class Fixed:
    def __init__(self):
        self.x = 1
        self.y = 2
f1 = Fixed()
f2 = Fixed()
f2.z = 3
print(sys.getsizeof(f1.__dict__), sys.getsizeof(f2.__dict__), sys.getsizeof(vars(Fixed())))
