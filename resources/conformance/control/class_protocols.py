# __init__/__repr__/__eq__/__hash__ interplay: instances in sets and dicts, equality without hash, class counters.
class Point:
    count = 0
    def __init__(self, x, y):
        self.x, self.y = x, y
        Point.count += 1
    def __repr__(self):
        return 'Point(%d, %d)' % (self.x, self.y)
    def __eq__(self, other):
        return (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
pts = {Point(1, 2), Point(1, 2), Point(3, 4)}
print(len(pts), sorted(pts, key=lambda p: p.x), Point.count)
d = {Point(0, 0): 'origin'}
print(d[Point(0, 0)], Point(0, 0) in d)
class NoHash:
    def __eq__(self, other):
        return True
print(NoHash.__hash__ is None, NoHash() == 5)
try:
    {NoHash()}
except TypeError as e:
    print('TypeError', e)
