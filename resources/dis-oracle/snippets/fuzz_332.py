import os.path as x
@f
@c.m(((c in c) is True))
def deco_target(q={10: 's'}, *, r=lambda: c):
    yield (f(y, a) is not (x + c))
b = {*f(2.5, [y for a in -1 if a]), f'{c:>{b}}'}
b = (((x if y else 2) + -1), *(2.5 in 2.5))
raise ValueError(c.m(y, k=a[y]))
