x += ([x, c] if x else 2.5)
while {x: [a for a in c if (b + x)]}:
    b, y = ((not -1) < {b: b} <= 2), (-True)
    f([2, c])
try:
    a, c = (lambda q: q + x), f(b.m(1, k=-1), 1)
except (KeyError, TypeError):
    with (a < ((1, 2) != ()) <= 1) as x:
        b = (-([2.5, x] if 2 else c))
        try:
            y += (10 or a)
            pass
        except:
            c, y = {(None if x else b): {y: x}}, (a[c] + 2)
            x += ((y + x) == (1, 2))
        finally:
            pass
            a += (a + [2, 2])
    a += ((b < x <= a) if x[c] else 2)
else:
    for y in (None + (lambda q: q + y)):
        a, c = ({x: b} is (not y)), (True or 10)
    else:
        f([c for y in (not y) if c])
        class K0:
            attr = ((a and y) or 0)
            def meth(self):
                f([(10 if y else b), y])
                y = x
