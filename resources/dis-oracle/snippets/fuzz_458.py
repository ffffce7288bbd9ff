pass
with f({c for c in () if c}) as a, f({x: -1}):
    f(f(*c, **a))
    y, *a = (b and 10)
