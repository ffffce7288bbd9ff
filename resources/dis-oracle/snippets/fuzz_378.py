raise ValueError([0, f'{y}-{b!r}'])
assert (a is not b), (not ())
