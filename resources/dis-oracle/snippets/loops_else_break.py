def f(n):
    while n:
        n -= 1
        if n == 3:
            break
    else:
        return -1
    for i in range(n):
        try:
            pass
        except Exception:
            break
    else:
        n = 0
    return n
