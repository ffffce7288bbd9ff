with f(c[(not (1, 2))]) as y, f((lambda q: q + b)):
    while y[[x for c in -1 if (True < a <= y)]]:
        class B0(K0 if c else object):
            def __init__(self, v=((not b) is y)):
                super().__init__()
                pass
                y += (b or f('s', b))
            def get(self):
                return __class__, self
        with {a: b} as b:
            break
            x = [b for a in [a for x in [2.5, x] if a] if 1]
            x += f((x + x), x)
        x = [(y if 10 else c), c]
b = {*(-[b, x]), (not c)}
b = (((-x) + y), *(lambda q: q + c))
