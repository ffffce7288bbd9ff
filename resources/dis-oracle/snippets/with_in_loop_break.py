def f(paths):
    for p in paths:
        with open(p) as fh:
            if fh:
                break
            continue
    while True:
        with open('x'):
            return 5
