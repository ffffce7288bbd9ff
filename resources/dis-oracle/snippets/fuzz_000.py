a, x = (a < -1 <= c), ([c, a] is not c)
if [x for x in (a and ()) if (-a)]:
    for c in (a + f(y, ())):
        a, c = ((lambda q: q + 2) + f(a, b)), (c or f(b, c))
    else:
        del b
        if f(y, 's'):
            f((-{a: a}))
        while [a for a in 0 if True]:
            f(f'{c}-{b!r}')
    f([(not a), y])
    if ({c: a} + c.m(c, k=x.m('s', k=c))):
        for a in {(c + ()): ()}:
            break
            break
            c = [c, 1]
        else:
            x = a.m(b, k=(not (a + 1)))
            b = x[(b < True <= y)]
            b += f'{b}-{c!r}'
else:
    x += f'{x}-{y!r}'
    def g():
        with {x: y} as y:
            f({(b if a else x): [x for c in y if c]})
            a += (b < c <= b)
            b = (y or 2.5)
        yield (not True)
        try:
            return [a for x in a if ()]
        except ValueError as err:
            pass
    x = (-({y: 1} or y[x]))
x, a = [-1, b], {f(x, True): (-b)}
for a in [c for y in None if True]:
    y = (-x)
else:
    c, c = f'{c}-{c!r}', {{a: y}: a}
    c += (-y)
