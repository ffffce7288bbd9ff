def outer(a, b, c, x, y):
    x.attr += [y for a in 0 if (c if x else a)]
    x[(c == True)] -= 1
    y += a.m((c + x), k=[a for b in x if x])
    with f({1: (1 if b else c)}) as x, f((c or y)):
        y.attr += {10: c}
        y[(b and b)] -= 1
        def k(a, b=1):
            try:
                y += {c: c}
                pass
            finally:
                y += (-10)
                pass
                pass
        class B0(K0 if x else object):
            def __init__(self, v=((x == x) is a[a])):
                super().__init__()
                a = {*(-b), f(None, {(1, 2): x})}
                a = ((1 != f(x, y)), *f'{y}-{b!r}')
            def get(self):
                return __class__, self
    return a
