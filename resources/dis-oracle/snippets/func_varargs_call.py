def f(*a, **k):
    return f(*a, **k)
