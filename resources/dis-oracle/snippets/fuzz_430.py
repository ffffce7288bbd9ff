c += [x for y in (b if x else y) if ()]
assert (f(c, x) if (not c) else b), [b for c in x if f(a, b)]
