# Structural pattern matching: literals, captures, sequences, mappings, class patterns, guards and or-patterns.
class Point:
    __match_args__ = ('x', 'y')
    def __init__(self, x, y):
        self.x = x
        self.y = y
def what(v):
    match v:
        case 0 | 1:
            return 'small'
        case [x, y]:
            return 'pair %s %s' % (x, y)
        case [x, *rest]:
            return 'seq %s +%d' % (x, len(rest))
        case {'k': val}:
            return 'map %s' % val
        case Point(x=0, y=yy):
            return 'on y axis at %s' % yy
        case Point(a, b) if a == b:
            return 'diagonal'
        case str() as s:
            return 'str ' + s
        case _:
            return 'other'
for v in [1, [2, 3], [4, 5, 6], {'k': 9}, Point(0, 7), Point(2, 2), 'hi', 3.5]:
    print(what(v))
