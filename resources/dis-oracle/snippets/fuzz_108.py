for a in (not c):
    assert (-y), (lambda q: q + y)
assert (not y), (f(x, y) if (y if c else None) else ())
