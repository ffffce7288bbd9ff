def f(x):
    try:
        return int(x)
    except ValueError as e:
        return str(e)
    except TypeError:
        return None
    finally:
        print('end')
