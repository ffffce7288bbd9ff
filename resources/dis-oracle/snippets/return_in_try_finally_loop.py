def f(xs):
    for x in xs:
        try:
            if x:
                return x
        finally:
            print('f')
    return None
def g():
    try:
        return 1
    finally:
        return 2
