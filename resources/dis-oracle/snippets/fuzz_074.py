a = (not -1)
assert ({-1: a} or (x < ())), [x for c in y if b]
assert f((-x), (a is not b)), y[(b if 10 else c)]
