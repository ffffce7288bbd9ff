assert (lambda q: q + 's'), c[x.m(x, k=x)]
f(((lambda q: q + x) is not [y for y in b if 2]))
assert (y[0] or y), (not (-b))
def g():
    try:
        b.attr += {y for y in 10 if y}
        b[sum(x for x in {b: 1})] -= 1
    except (KeyError, TypeError):
        a += (b and {c: x})
    else:
        c = (c := b)
