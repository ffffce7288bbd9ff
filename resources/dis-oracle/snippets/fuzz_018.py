x, c = [x for a in b if c], (b or {x: b})
f({(True is -1): x})
del x
del a
while (f'{b}-{a!r}' < y <= c.m(y, k=-1)):
    assert (c if 2.5 else 2), 2.5
    assert ({(): 's'} + (y is not b)), ((1, 2) < x <= y)
    continue
