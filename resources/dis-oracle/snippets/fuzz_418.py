f((not 2.5))
c = {**((1, 2) == a[b]), 'k': (not 's'), **{}}
c = [*y[y], {b: b for b in (x if a else c)}, *()]
