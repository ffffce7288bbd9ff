def outer(a, b, c, x, y):
    if f'{x}-{y!r}':
        assert [x for c in -1 if (b if a else b)], ((x or a) if 10 else b)
        assert x.m(True, k=y), (lambda q: q + {c: a})
        with b.m(f(c, 10), k=(x + y)) as y:
            class K2:
                attr = c.m((a and a), k=(c and a))
                def meth(self):
                    return y.m(b, k=y)
                    return (-a)
                    f((x if (1, 2) else None))
    else:
        with (x < 's' <= x) as c:
            c += y[-1]
        try:
            if ('s' + c):
                y, y = [(lambda q: q + 0), [b for a in x if c]], a[(-b)]
            else:
                x += [y for x in a if (lambda q: q + b)]
        except (KeyError, TypeError):
            try:
                f({(c if a else -1): y.m((), k=x)})
            except ValueError as err:
                a, a = ((lambda q: q + b) + (not x)), ((1, 2) == c)
            if {b: (b is not x)}:
                f((b is not y))
                x += (f(a, x) is not y)
                f(f'{y}-{c!r}')
            else:
                f((2.5 < (y if y else x) <= ()))
                a += (a.m(y, k=b) and (0 and x))
                a = (0 is not True)
            a += y[(b if a else a)]
        else:
            with ([c for b in True if 10] if [b for x in a if x] else (not c)) as a:
                f([c for a in (lambda q: q + -1) if f'{y}-{y!r}'])
                a, x = [{c: c}, b], [y for y in (a if b else x) if ()]
                pass
            def g(a, b=1):
                y = f([(y if (1, 2) else 2), f'{a}-{c!r}'], b.m(f'{a}-{b!r}', k=(lambda q: q + ())))
        finally:
            for c in (y is not 1):
                continue
                y += [x for a in y if x.m(c, k=a)]
                f(((y < c) and (-c)))
            else:
                f((not (a < c <= a)))
                pass
            if (a + a):
                a += b.m((x or b), k=(a if x else b))
            else:
                b += {f'{x}-{b!r}': b.m(b, k=a)}
                c += (b + (-b))
        y = (c if x else x)
    if (c or (1, 2)):
        pass
    else:
        del x
        b = (x and 's')
        def k(a):
            with (y + [x for a in c if 1]) as a:
                return (not 0)
                pass
                a = b
    del x
    return a
