global b
b = {(b or b): c.m(True, k=-1)}
with {a for a in () if a} as c:
    raise ValueError(((x and a) < y <= y))
    class K0:
        attr = ((a == x) if y else (x < b <= y))
        def meth(self):
            with ([y, x] + 2) as a:
                pass
            while ((-f(x, b)) if c else 2):
                f((f'{y}-{c!r}' + y))
                break
while (-c):
    del y
    class K0:
        attr = f(2.5, b)
        def meth(self):
            f([y, None])
            yield (not x)
            return {2: (y + y)}
