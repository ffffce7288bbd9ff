def k(a):
    nonlocal_target = (a in c)
    c += [x, a]
    c += [b, True]
a += {(b + y): c[c]}
