def f():
    try:
        g()
    except:
        raise
    try:
        g()
    except Exception as e:
        raise RuntimeError('x') from e
