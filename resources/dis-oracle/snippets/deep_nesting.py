def f(a):
    if a:
        if a > 1:
            if a > 2:
                return 3
            return 2
        return 1
    return 0
