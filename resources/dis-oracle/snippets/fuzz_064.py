del c
assert f'{c}-{y!r}', x[('s' < 1 <= x)]
def h(a, b=1):
    nonlocal_target = (y or x)
    pass
x, a = (not True), {2.5: {c: c}}
