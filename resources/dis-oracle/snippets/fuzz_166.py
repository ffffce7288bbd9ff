try:
    f([y for a in (b + x) if y])
except:
    assert f'{y}-{c!r}', (c[(1, 2)] + x)
    x = b = ((y if -1 else c) + True)
del a
