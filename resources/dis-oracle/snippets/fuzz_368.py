try:
    a, *b = ({x: y} if [x for y in () if a] else 10)
    x = f(2.5, *f'{x}-{b!r}', k=x)
except ValueError as err:
    x = {**(f'{y}-{x!r}' < 2 <= f'{a}-{x!r}'), 'k': (not x), **{}}
    x = [*(y.m(a, k=y) if y else x), (not c), *()]
    def gen(y, *rest):
        yield from (-2)
        b, *y = ([b, a] + (-1))
        y += [(c in y), c]
        import os.path as b
        yield (y, rest)
finally:
    def gen(c, *rest):
        yield from (-x.m((1, 2), k=y))
        @f
        @b.m({(y is not b): (1, 2)})
        def deco_target(q=(x < (not b)), *, r=lambda: b):
            pass
        c += (-None)
        try:
            pass
            return f'{b}-{a!r}'
            return [(1, 2), (lambda q: q + b)]
        except:
            f((y if b else (not x)))
            a = (not x)
            f(f(a, *b[x], k='s'))
        yield (c, rest)
assert [c for y in True if [y, 2.5]], f(True, a)
b.attr += (lambda q: q + True)
b[(lambda q: q + c)] -= 1
