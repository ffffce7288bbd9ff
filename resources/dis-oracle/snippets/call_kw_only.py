def f(*, a, b):
    return a + b
f(a=1, b=2)
f(b=1, **{'a': 2})
