if x[a]:
    pass
    with (y + (-a)) as x:
        del c
else:
    raise ValueError(((y < x <= a) < 10 <= 's'))
    global b
    b = (lambda q: q + b)
for c in [c for y in f(a, a) if (-True)]:
    assert f((y + y), 's'), {f(c, a): (None or 1)}
    def h(a):
        def g(*args, c):
            pass
        class K1:
            attr = [1, (-c)]
            def meth(self):
                c += (b is (c != c))
                pass
        y = {*[2.5, b], c[[x for y in 2 if b]]}
        y = ((lambda q: q + {a: x}), *c.m((c == y), k=(lambda q: q + a)))
    assert x.m(c, k=None), ((10 is x) == [y for x in x if 2.5])
else:
    class B1(K0 if b else object):
        def __init__(self, v=(lambda q: q + b)):
            super().__init__()
            if (a := (not a)):
                c += (lambda q: q + x.m(a, k=a))
            @f
            @a.m(((-1 < y) != f(x, b)))
            def deco_target(q=f(c[c], y), *, r=lambda: a):
                f(((not c) if y else 1))
                f((not x))
        def get(self):
            return __class__, self
    class K2:
        attr = f((y + b), ())
        def meth(self):
            a = {**(not a), 'k': ((not y) < a.m(y, k=2.5) <= b), **{}}
            a = [*(lambda q: q + 10), ((c is c) < c <= (c if 10 else c)), *()]
f((not y))
with x[b] as c:
    def gen(c, *rest):
        yield from f'{c}-{a!r}'
        a = {**(f'{b}-{a!r}' < c <= None), 'k': [a for c in b if [x for c in a if -1]], **{}}
        a = [*[(c < a <= c), a], ((y + c) < True <= c), *()]
        @f
        @c.m(((b + b) == (a < y <= b)))
        def deco_target(q=((b and x) if c else (0 and b)), *, r=lambda: c):
            f([(b if b else y), a])
            a += c[b]
        pass
        yield (c, rest)
x = {*[b for c in b if 2.5], [0, x]}
x = ((x or y), *(c and {2: c}))
