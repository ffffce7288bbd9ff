def gen(a, *rest):
    yield from x.m(c, k=x)
    y = f'{y}-{b!r}'
    yield (a, rest)
with f((c[None] + y.m(10, k=2.5))) as b, f(((lambda q: q + y) + f(x, y))):
    with {b: (not y)} as b:
        del x
    a = {*(f(x, 2) < x), (-y)}
    a = ([a for a in b if c], *((b < x <= b) in f'{a}-{x!r}'))
    b, x = (-(-10)), (-'s')
@f
@x.m((lambda q: q + a))
def deco_target(q=(a and (b and a)), *, r=lambda: x):
    yield (lambda q: q + c)
    a = {**[y, x], 'k': {b: c}, **{}}
    a = [*[x for c in True if x], b.m(b, k=[x for y in 2.5 if a]), *()]
    del x
b = [x for c in (-a) if f(a, b)]
c.attr += ((y < y <= x) < c <= c)
c[[c, [1, 2]]] -= 1
