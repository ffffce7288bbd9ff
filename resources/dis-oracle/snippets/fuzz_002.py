class K0:
    attr = b[True]
    def meth(self):
        pass
with x.m(-1, k=()) as c:
    def k(a):
        nonlocal_target = a.m(b, k=x)
        for b in f([b for x in y if x], y):
            f(f(y, (2 if b else y)))
            x += (-1 + y)
        with {f'{x}-{a!r}': a.m(b, k=a)} as c:
            return ((y if a else a) < a <= b)
            a += (not {y: c})
        if (x and b):
            pass
            c += (-b)
            pass
        else:
            a = [((x + True) and y), x]
    class K2:
        attr = f'{y}-{a!r}'
        def meth(self):
            if (lambda q: q + True):
                a = (not c)
                pass
            else:
                f([x for c in c if 0])
                x = (b + f((x and a), x))
                f(a[(not y)])
            b += (c or ())
            while c.m((-0), k=f(c, y.m(x, k=b))):
                y += [b for x in x if 1]
assert [(), x], (c or y.m((1, 2), k=c))
y += [x, y]
while (not (-x)):
    if ((x is not 1) < y <= [c for a in (not c) if (not c)]):
        del y
        while ([b, f'{y}-{a!r}'] if f'{c}-{x!r}' else (not a)):
            c, y = x, ((y is b) + (lambda q: q + y))
    else:
        continue
