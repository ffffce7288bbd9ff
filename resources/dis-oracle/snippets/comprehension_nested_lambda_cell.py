def f(xs):
    return [lambda y: x + y for x in xs if x]
