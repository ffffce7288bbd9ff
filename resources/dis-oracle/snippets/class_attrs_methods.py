class Point:
    count = 0
    def __init__(self, x, y):
        self.x = x
        self.y = y
        Point.count += 1
    def __repr__(self):
        return f'Point({self.x}, {self.y})'
    @classmethod
    def origin(cls):
        return cls(0, 0)
p = Point(1, 2)
print(p, Point.origin())
