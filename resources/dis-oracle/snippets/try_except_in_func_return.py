def f():
    try:
        return 1
    except:
        return 2
