def f():
    try:
        pass
    except (ValueError, TypeError):
        pass
