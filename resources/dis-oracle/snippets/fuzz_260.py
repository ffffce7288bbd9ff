y = (0 and 0)
import os.path as c
global x
x = f((a and b), f(2, a))
while y.m([x[c], (c != b)], k=True):
    class K2:
        attr = [c for c in 2.5 if {0: c}]
        def meth(self):
            while {((-1 < b <= 2.5) < (not b) <= 10): ((lambda q: q + x) != b)}:
                return f(True, (x if x else y))
                f((b + y))
                a = f(2, y)
            class K0:
                attr = ({b: y} or None)
                def meth(self):
                    pass
    f(('s' + f'{a}-{c!r}'))
