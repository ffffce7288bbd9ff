a.attr += (x + ((1, 2) if c else c))
a[(-c)] -= 1
y = {*(not 1), b[[c, a]]}
y = (f((not b), *b, k=-1), *[y for b in (1, 2) if b])
