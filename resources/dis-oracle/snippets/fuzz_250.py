def g(a, b=1):
    yield (not {a: ()})
    def inner():
        nonlocal a
        a = (-c)
        return a
    if (not True):
        try:
            pass
            c += (b in None)
        except ValueError as err:
            pass
            y = (x + (not True))
            y += c[{'s': x}]
        finally:
            f(f'{b}-{b!r}')
        if (-c):
            f(f'{a}-{y!r}')
        else:
            b += {(c + x): (c or x)}
    else:
        class K1:
            attr = (-b)
            def meth(self):
                pass
                pass
                pass
while (lambda q: q + c):
    class K1:
        attr = [c for x in (b if -1 else b) if 10]
        def meth(self):
            try:
                pass
                b = {0: a[b]}
            except:
                return (not x)
    raise ValueError({a for a in c if a})
    break
a.attr += f((1, 2), [c for x in c if a])
a[[c, b[c]]] -= 1
c.attr += (a if [a for a in c if c] else [c, -1])
c[f'{a}-{x!r}'] -= 1
with (lambda q: q + b) as b:
    with (f(b, x) == (a + c)) as a:
        if a[c]:
            pass
            f({'s': (not None)})
            b, x = ((lambda q: q + x) in a), c[None]
    class K2:
        attr = (y + b)
        def meth(self):
            class K2:
                attr = f((a if c else a), (not y))
                def meth(self):
                    f((() < c <= 10))
                    b = (lambda q: q + (-2))
                    pass
            if ([(not 0), (a == y)] is (1, 2)):
                pass
            b = a = x[y.m(x, k=b)]
    class K2:
        attr = (x in (b + x))
        def meth(self):
            if f((), [c, y]):
                return ((10 < a <= a) < {c: b} <= None)
                return (-f'{c}-{y!r}')
            else:
                return x[None]
                a += (f(y, x) if a else [b for a in a if c])
                a += {[b for y in a if a]: True}
            if f(b, c):
                pass
                b += y[x:a]
                b += f'{a}-{x!r}'
            else:
                b = f('s', 's')
                c += (lambda q: q + c)
                f(f'{c}-{c!r}')
            for c in (lambda q: q + -1):
                f(f(b, y))
                f(f(x, f'{b}-{x!r}'))
            else:
                f(x.m(2.5, k='s'))
