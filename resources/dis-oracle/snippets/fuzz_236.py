x = x = (x + None)
if (b := [(1, 2), c]):
    c = x = f(*f(2, True), **(c + c))
