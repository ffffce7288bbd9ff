c, *b = {b for b in y if b}
b = {**f'{x}-{a!r}', 'k': y[b:b], **{}}
b = [*[(-y), f(y, x)], {b: (1, 2)}, *()]
b = c = c[b]
while (b if [c for b in (b in y) if y] else (c is not f'{x}-{c!r}')):
    if (x := (not (x + y))):
        with f(f'{b}-{c!r}') as x, f(f(1, a)):
            c, a = {{y: c}: f'{x}-{c!r}'}, a.m((), k=(1, 2))
            x += f'{b}-{y!r}'
        @f
        @y.m((x < b))
        def deco_target(q={0: x}, *, r=lambda: y):
            f((b if (-b) else None))
            y = f(*x, **[{x: b}, (y < b <= b)])
            return (f(b, x) < a <= c)
        if (a := (lambda q: q + (b + x))):
            f(b.m(c, k=(not 10)))
            y += f(x, ())
    x.attr += y.m(b, k=a)
    x[[y for c in a if (c == b)]] -= 1
    @f
    @c.m((-x))
    def deco_target(q=((1, 2) + c), *, r=lambda: c):
        x.attr += ([a for x in a if 2] + (c + b))
        x[(a and [c for c in y if a])] -= 1
