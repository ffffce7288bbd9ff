# __slots__: attributes in slots, AttributeError for others, and slots inherited by subclasses.
class P:
    __slots__ = ('x', 'y')
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = P(1, 2)
p.x = 10
print(p.x, p.y, hasattr(p, '__dict__'))
try:
    p.z = 3
except AttributeError as e:
    print('AttributeError', e)
class Q(P):
    pass
q = Q(3, 4)
q.z = 5
print(q.x, q.z, hasattr(q, '__dict__'))
del p.y
print(hasattr(p, 'y'))
