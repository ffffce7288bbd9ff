assert (lambda q: q + c), ((2.5 if 1 else c) < a <= [a for a in c if 10])
class K0:
    attr = (b is x)
    def meth(self):
        pass
class K1:
    attr = f(2.5, y.m('s', k=None))
    def meth(self):
        b += (y or None)
        x += f(-1, (2 + c))
        yield b[f(a, b)]
for y in [[a, 2.5], f'{a}-{c!r}']:
    def g(a):
        nonlocal_target = f((c == c), 's')
        f((not (y + y)))
        y = (b + -1)
for y in {c: c}:
    for a in [x, y]:
        if (f((b and y), (10 < c <= x)) and (True or b)):
            x, y = (a + [c, x]), (10 if [a, 2.5] else c)
            y = f(True, ())
        else:
            c = ((y if a else x) and c)
            c = (lambda q: q + 10)
        try:
            c += (-f'{a}-{b!r}')
            a, x = y.m(y, k=(-y)), y
            continue
        except:
            a += f(True, 2)
            x = (lambda q: q + ())
        finally:
            c = {[x for y in None if ((1, 2) is a)]: a}
            f((x + (-c)))
