class Point:
    __match_args__ = ('x', 'y')
    def __init__(self, x, y):
        self.x = x
        self.y = y
def where(pt):
    match pt:
        case Point(x=0, y=0):
            return 'origin'
        case Point(0, y):
            return y
        case Point(x, 0) if x > 5:
            return x
        case Point(x=px, y=_) | Point(px, 1):
            return px
        case int(n) | float(n):
            return n
        case [Point(x=a), Point(y=b)]:
            return a, b
        case other:
            return other
