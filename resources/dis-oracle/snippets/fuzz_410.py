global c
c = (a < -1 <= c)
try:
    del b
finally:
    for c in ((b and x) < 10 <= c):
        for b in [y for a in 1 if (lambda q: q + 2)]:
            continue
        else:
            break
        a.attr += f((c and x), *None, k=(b if 0 else 0))
        a[f(b, (1, 2))] -= 1
        def g(x, /, y=2, **kw):
            pass
x = {**(f(y, y) + 2), 'k': f'{x:>{b[x]}}', **{}}
x = [*(a + (c if b else a)), (lambda q: q + (-y)), *()]
