def f():
    e = 1
    try:
        pass
    except Exception as e:
        pass
    try:
        raise KeyError
    except KeyError as e:
        del e
    return 0
