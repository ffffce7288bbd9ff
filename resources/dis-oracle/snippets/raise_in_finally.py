def f():
    try:
        return 1
    finally:
        raise ValueError('x')
