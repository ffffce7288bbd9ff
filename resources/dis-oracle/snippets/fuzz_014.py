c = x[b[(-c)]]
for y in [x for a in y if f(a, 2)]:
    while (lambda q: q + x):
        a, y = [x for a in y if (c if a else True)], ((b and b) or b)
with (b and c) as b:
    for b in [x for x in (2 + b) if (x != a)]:
        b = {a[None]: c}
        b += f'{b}-{x!r}'
    else:
        while f(y, (1, 2)):
            f((not -1))
while y.m(None, k=x):
    c += (-None)
    continue
if [b, (-1 < (lambda q: q + y) <= True)]:
    with (f(b, a) + y) as c:
        def h(a, b=1):
            return (not (1, 2))
    c = (-((a if c else a) < 2 <= (a + a)))
