def f():
    try:
        x = 1
    except ValueError as e:
        return e
    finally:
        x = 2
    return x
