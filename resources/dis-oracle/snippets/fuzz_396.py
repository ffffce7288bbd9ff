y += ((a != a) < c <= (y + a))
a, *a = f'{y}-{b!r}'
c += (-(not a))
