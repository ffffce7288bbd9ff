def outer(a, b, c, x, y):
    del b
    try:
        class K1:
            attr = f(0, {y: x})
            def meth(self):
                if (y := [{c: y}, (not True)]):
                    c = ((x + y) if x else 2.5)
    except:
        try:
            b += [(1, 2), a[a]]
        except:
            assert {a: y}, ((c < y <= x) < [c for a in 0 if c] <= True)
            raise ValueError((((1, 2) and x) + c))
            try:
                f(((a + a) + b[y]))
            except ValueError as err:
                c, a = (lambda q: q + a), (['s', 10] + (2 if x else y))
        c.attr += (not (a == y))
        c[{(lambda q: q + None): (x or b)}] -= 1
    finally:
        try:
            pass
            pass
        except ValueError as err:
            if (a := (c.m(b, k=x) == x)):
                y, y = (lambda q: q + 10), ((x < c <= 's') and c)
                b, a = [b for y in c if (b != y)], b.m(x[a], k=a.m(x, k=x))
    if (y := {(lambda q: q + 0): a[a]}):
        f(((y + c) + (a if b else a)))
        if (a := b[y]):
            b = a = ('s' and y)
            x.attr += (y and 0)
            x[[y for c in b if f'{y}-{y!r}']] -= 1
        if (a := c[x]):
            y, *a = f(c, x)
    y += ((y + c) < c)
    if (y := {x for x in 10 if x}):
        x += (b + c[True])
    return a
