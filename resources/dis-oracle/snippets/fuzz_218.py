with [x for a in x[y] if (not b)] as x:
    b += (b + (lambda q: q + a))
pass
pass
