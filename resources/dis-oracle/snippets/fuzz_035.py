def outer(a, b, c, x, y):
    try:
        f([a for y in b if (-c)])
        for x in b.m(y, k=(() or x)):
            while (x < y <= 's'):
                x = f(2, 's')
            with ((1, 2) if a else a) as y:
                c = (b if {10: c} else (x != x))
                a, y = (y < (c != 10) <= [10, c]), (lambda q: q + c)
    except (KeyError, TypeError):
        class K1:
            attr = ((2.5 or x) + (y or -1))
            def meth(self):
                return [y for a in 10 if (lambda q: q + 1)]
                yield b.m(x, k=y)
        del a
    else:
        assert f(b, a), (y is c)
    finally:
        y = (-y)
        pass
    c = f(b, 2)
    def k(a, b=1):
        nonlocal_target = (not b)
        try:
            yield [c, a.m(c, k=c)]
        except (KeyError, TypeError):
            yield (a < [a for y in b if y] <= ())
            class K2:
                attr = f(x, f'{y}-{a!r}')
                def meth(self):
                    a += ([x for a in a if y] and y)
                    return a[(x + a)]
            f([(a or a), y])
        else:
            for a in (0 and [a, x]):
                continue
            else:
                y += [y for x in (None + b) if a]
                b = {a: y}
            class K0:
                attr = [b for a in (2 in c) if [a, c]]
                def meth(self):
                    return f({x: x}, (x < y <= b))
        for b in y:
            with [(), c] as c:
                c = f(c.m({a: x}, k=(x < b <= (1, 2))), [b for b in c if b])
                y = [a for c in c if a]
                break
        del x
    return a
