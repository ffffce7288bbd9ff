def h():
    import os.path as c
    class K1:
        attr = {(1, 2): x}
        def meth(self):
            while c[a]:
                continue
                break
                return [y for x in a if c]
            with (-(x + x)) as y:
                pass
                b += [x for x in -1 if ()]
                return (f(a, y) if {a: b} else c)
            def k(a, b=1):
                f(({c: c} or 2))
global y
y = (not b)
def k():
    try:
        def g():
            b = {c: (f(y, b) and (x or y)) for c in a}
            f(f({a: 2}, b))
        pass
    except (KeyError, TypeError):
        y += f'{c}-{b!r}'
        try:
            c += (lambda q: q + 's')
            pass
        except (KeyError, TypeError):
            pass
            b += (c and (not x))
        else:
            pass
    else:
        pass
global a
a = c[(-b)]
