f([b, a[y]])
class K2:
    attr = (-(not c))
    def meth(self):
        c += f([a for x in c if b], (-1 or x))
        class K1:
            attr = b.m([c for c in b if x], k=x)
            def meth(self):
                pass
                a = f'{c}-{b!r}'
        try:
            yield c
        except (KeyError, TypeError):
            f((not 's'))
            try:
                pass
            except:
                return (x if (-a) else None)
                f(y.m(f'{y}-{c!r}', k=f(a, y)))
            finally:
                c += c[10]
            class K1:
                attr = ([2, y] < [(1, 2), 10] <= (c == None))
                def meth(self):
                    f((c + (c + y)))
        else:
            if (1 is not b):
                pass
            else:
                pass
                c = (lambda q: q + x)
            yield (c if (a != a) else 1)
class K0:
    attr = f'{a}-{b!r}'
    def meth(self):
        class K2:
            attr = b
            def meth(self):
                for b in ((not y) + 1):
                    b = y[c]
                    break
                    f((not -1))
                if c.m([y for c in (not ()) if y.m(y, k=a)], k=(not f'{a}-{y!r}')):
                    return f'{a}-{b!r}'
                    a = (2.5 + 10)
                    f(f(10, c))
                else:
                    f((c if 's' else x))
                del a
x = f'{a}-{a!r}'
pass
