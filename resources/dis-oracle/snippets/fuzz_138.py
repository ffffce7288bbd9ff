b, y = [b[y], x], (a.m(y, k=x) if a[None] else (not a))
y = ((f'{b}-{b!r}' != b[c]) if x else ())
try:
    c, y = f(0, a), (not b)
    c, c = (not b), {[a for c in x if x]: 's'}
except:
    for y in x:
        try:
            f(((lambda q: q + None) + b))
            break
        except ValueError as err:
            continue
        finally:
            f(f(x, c))
        if f(None, (-b.m(c, k=y))):
            x += (lambda q: q + (not b))
            b += (-f(b, a))
            y = (not b)
        else:
            f(a)
            c = (lambda q: q + x)
assert y[y], a
