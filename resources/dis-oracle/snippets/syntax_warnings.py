x = 1
a = x is 1
b = x is not ()
c = 1 is x
if x is 'a':
    pass
d = x is None
e = x is ...
try:
    (1)(2)
    [1, 2](3)
    (1, 2)(3)
    'abc'()
    f'{x}'()
    {1: 2}()
    (i for i in x)()
except TypeError:
    pass
try:
    y = 5[0]
    z = {1, 2}[0]
    w = None[1]
    v = (lambda: 0)[0]
    u = [1, 2][1, 2]
    t = 'abc'['x']
    s = (1, 2)[1.5]
    r = [1][1:2]
except TypeError:
    pass
def g(q):
    assert (q, 'msg')
    assert ()
while x is 2:
    x = 2
