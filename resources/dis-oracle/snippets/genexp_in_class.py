class C:
    xs = [1, 2]
    total = sum(x for x in xs)
    names = {k: v for k, v in zip(xs, xs)}
