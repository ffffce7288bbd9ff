def outer(a, b, c, x, y):
    try:
        with f(a[x]) as a, f(f((a if y else x), *-1, k=(1, 2))):
            c, b = y[a], a.m(y, k=a)
            while (-c):
                c = [0, 1]
                y = [f'{b}-{c!r}', f'{a}-{x!r}']
                a += f(2.5, (b == y))
        while (c and (not ((1, 2) < -1 <= y))):
            if (y := b.m(c, k={a: None})):
                x, c = ((a if y else c) if (c if y else b) else c), (y < (not c) <= x)
    finally:
        try:
            for a in [(lambda q: q + b), f(c, c)]:
                c += f((b != b), *2.5, k=(c is not a))
            else:
                a, y = (-(x is a)), ((c < c <= y) is y)
                b, c = f(x, (1 != (1, 2))), (a is not (b + x))
                f([b for b in 2.5 if (not a)])
            if (y := [a, a]):
                a = (x.m(x, k=1) if b.m(-1, k=f(b, y)) else b)
                a += (-c)
        finally:
            if c[{x[x]: y[a]}]:
                a += [a for a in (x if 0 else None) if (not c)]
                c, a = a.m(b, k=x), {x: y.m(y, k=c)}
            else:
                y, y = (b[y] and c), {(2.5 < b <= a): 0}
                f([y for c in x if (b and b)])
            @f
            @a.m((f'{x}-{b!r}' < (10 < b <= (1, 2)) <= a))
            def deco_target(q=[b for b in (None < y <= 's') if 1], *, r=lambda: a):
                f(a[2])
            del b
        for y in f'{a}-{x!r}':
            import os.path as a
            with f(f([y, 's'], a)) as x, f(x[b]):
                break
                a = ([c for a in (c if a else c) if (b + b)] is not {a: b})
        y = ([b for b in f'{a}-{y!r}' if c[x]] or (-a))
    c = b = (-c)
    return a
