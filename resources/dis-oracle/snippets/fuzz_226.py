with [(0 + 1), (not y)] as b:
    x += (a or b)
while b.m(None, k=(not y)):
    try:
        if (b := [c, y]):
            f(((b + 10) is c))
            b = f(((lambda q: q + b) and f(x, x)), ((not y) if y else (lambda q: q + b)))
            a, c = (y < (not x) <= a), c.m((x if 2.5 else a), k=b.m(x, k=a))
    except ValueError as err:
        x.attr += (-y[y])
        x[b.m(a, k=c)] -= 1
        raise ValueError([(), f'{x}-{c!r}'])
    finally:
        while ((1, 2) + (c := f(a, c))):
            break
            a = (f((), 10) + {b: 2})
            f(y[(not y)])
        while (-1):
            y, b = f(a, (-x)), (-{b: y})
            b, c = c[a.m(a, k=b)], (y == (1, 2))
        with (b := b) as b:
            break
b, *b = [c for c in True if [a for c in b if y]]
for c in f(x, (not x)):
    c = (0 in (2.5 < (c or x) <= {c: 2.5}))
with (2.5 < x <= y) as a:
    try:
        def h():
            nonlocal_target = b[y]
            c += sum(b for b in a)
        f(({x: b} in b))
        pass
    except (KeyError, TypeError):
        raise ValueError(f(2, *(2.5 + x), k=b))
        def h(a, b=1):
            c = (not -1)
            a = {((-b) and b): b}
            pass
    else:
        del c
        try:
            c, x = (a or y), (not a)
            pass
        except (KeyError, TypeError):
            y, a = (a + x), {y: a for y in (None if b else 0)}
            f(f'{x}-{b!r}')
        else:
            f((lambda q: q + (not c)))
            pass
    for a in ([(1, 2), a] or x):
        if (a := y.m(f(b, y), k=(y and x))):
            continue
            x += (not [1, x])
    else:
        del b
