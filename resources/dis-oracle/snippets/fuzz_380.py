def gen(c, *rest):
    yield from [b for a in x if (x if y else 2)]
    x.attr += (not [y for x in a if c])
    x[(not f'{a}-{x!r}')] -= 1
    if (b := {[(), 's']: (b < c <= y)}):
        @f
        @x.m({(x and y): b})
        def deco_target(q=[b for c in (not x) if c], *, r=lambda: x):
            f((not a))
            c = (lambda q: q + f'{a}-{x!r}')
            y = b[::b]
        y.attr += sum(b for b in (y or y))
        y[(not (a < y <= x))] -= 1
        pass
    c.attr += ([c, a] if {None: y} else (lambda q: q + y))
    c[x.m(f'{b}-{c!r}', k=(a == c))] -= 1
    yield (c, rest)
if (y := [x for x in {y: 2.5} if f(2, None)]):
    def gen(a, *rest):
        yield from y.m(10, k=y)
        a = {**[b for b in f'{c}-{b!r}' if None], 'k': f([a, y], (y if a else x)), **{}}
        a = [*[0, (c or a)], ((x or 0) and (-b)), *()]
        pass
        @f
        @b.m((lambda q: q + -1))
        def deco_target(q=(not y), *, r=lambda: b):
            pass
        yield (a, rest)
def k():
    with f({None: [c for c in b if c]}) as b, f((-(b if b else None))):
        b, *b = ({y: a} + 2)
