if b[True]:
    if x[f'{y}-{a!r}']:
        try:
            f((lambda q: q + 's'))
            x, c = (a if 2 else b), (lambda q: q + (-b))
        except (KeyError, TypeError):
            pass
        else:
            a += {a: y}
            a = x.m((-[c, c]), k=((x or c) < (lambda q: q + b) <= (a + a)))
            pass
        finally:
            pass
            b += ((x in b) if c else -1)
        a += (f'{c}-{c!r}' if 0 else (-1 and y))
    else:
        try:
            y = {0: x}
            f((10 + b))
            c = (-(lambda q: q + a))
        except:
            y, x = ((x is not c) < (b if y else y) <= (a is x)), (y < (y < x <= y) <= y)
            f((lambda q: q + (b if 2 else x)))
        finally:
            b = ((not (1, 2)) < (1 if (b + c) else a.m(a, k=y)) <= f([y, c], 2))
            b += f(x, (c and y))
            pass
        c = x
        class K0:
            attr = y[y]
            def meth(self):
                return (lambda q: q + (x + c))
                c += (not y)
                pass
else:
    class K1:
        attr = c.m(c, k=10)
        def meth(self):
            try:
                f((c in 's'))
                return ((lambda q: q + a) in (not a))
                return (-(0 in c))
            except (KeyError, TypeError):
                f(((-1 if -1 else y) and (1, 2)))
            else:
                f((f'{c}-{b!r}' + None))
            return (lambda q: q + 10)
    try:
        pass
        pass
        f((not a[b]))
    except (KeyError, TypeError):
        while ((1, 2) < x <= x.m(x, k=0)):
            f(a)
            a = (x is not [x for y in x if [c, a]])
        if ((b < {a: b} <= x) if c else f(b, c)):
            pass
    else:
        try:
            pass
            a = a.m('s', k='s')
        except ValueError as err:
            f([x for c in f('s', y) if f(x, 's')])
            x += c
        finally:
            y, a = (not b[2]), (True < c.m(a, k=(1, 2)) <= (-y))
            f(f'{x}-{b!r}')
            pass
        del y
    finally:
        try:
            f([y, x])
            c = (-[y for a in y if (-None)])
        except ValueError as err:
            y += (-10)
        finally:
            a = (y + b)
        pass
y, c = [(y < b <= c), y], (not b)
pass
while (c if b else True):
    a, c = x.m(a, k=None), (-c)
