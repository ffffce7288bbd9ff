x.attr += c.m(x, k=b)
x[[a, (y + c)]] -= 1
try:
    raise ValueError((lambda q: q + a))
    for c in ((y < 2.5 <= 1) == [a for c in b if a]):
        try:
            continue
            y += sum(x for x in c.m(a, k=(1, 2)))
            x += (x := [b, c])
        except (KeyError, TypeError):
            a, x = ['s', a], (f(y, 2.5) if b else -1)
            f((y != y))
        else:
            a = [y for x in ((c < y <= b) + (x if y else b)) if x]
        finally:
            f(({x: b} is not (not c)))
        try:
            f({(not x): b[b]})
            c += [(x if c else y), [c for c in a if c]]
            b += (not (not a))
        except (KeyError, TypeError):
            continue
        else:
            break
            f(b.m((x or b), k=(c or b)))
            x += {2: c}
        finally:
            f(a[c])
            continue
        class K1:
            attr = ((y < b <= 0) and None)
            def meth(self):
                pass
    else:
        if (b is not b):
            f((-1 == [b, x]))
            x += (-f(x, c))
        else:
            f(x.m(b, k=(lambda q: q + (1, 2))))
            pass
        raise ValueError(([c, x] if -1 else (b + c)))
except ValueError as err:
    class K0:
        attr = (0 != b)
        def meth(self):
            a, *y = b.m(f'{c}-{b!r}', k=b)
            try:
                a = f'{a}-{c!r}'
                return b[x]
            except (KeyError, TypeError):
                pass
                f((-f(2.5, y)))
                x = [f(*c, **x), c]
            else:
                y = ((-c) + c)
            finally:
                pass
                c = (10, *((y if b else b) if b else (not ())))
    b.attr += (lambda q: q + 0)
    b[{(b < b <= x): 2.5}] -= 1
finally:
    del y
    f(((x or a) if y else f'{c}-{a!r}'))
