n = 0
def inc():
    global n
    n += 1
def outer():
    m = 0
    def inner():
        nonlocal m
        m -= 1
        m *= 2
    inner()
    return m
