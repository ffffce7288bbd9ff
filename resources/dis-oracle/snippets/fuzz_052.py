del b
c, c = (-(b + c)), f'{a}-{c!r}'
def h(a, b=1):
    nonlocal_target = (a + x)
    yield ((None or y) + 's')
