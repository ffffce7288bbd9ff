b = f'{c}-{y!r}'
while (a < (lambda q: q + c) <= (1, 2)):
    try:
        try:
            continue
        except (KeyError, TypeError):
            y = f'{b}-{a!r}'
            x, b = (lambda q: q + f'{c}-{y!r}'), [x for a in 2.5 if (-True)]
        else:
            f((not c))
        finally:
            continue
    except ValueError as err:
        assert y.m({a: c}, k=(-a)), x.m((lambda q: q + y), k=(None if b else -1))
        def g(x, /, y=2, **kw):
            pass
            f([a for c in x if [y, 2]])
    break
    def k(a):
        while f'{y}-{x!r}':
            return {f'{c}-{b!r}': [b for a in b if a]}
            y = ('s' + c)
y, y = ((lambda q: q + y) < (c < y <= y) <= (c != 2.5)), ((x and c) if y else (lambda q: q + 1))
y, c = (c is -1), (lambda q: q + (not c))
del b
