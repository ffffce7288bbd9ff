for i in range(2):
    try:
        raise ValueError(i)
    except ValueError as e:
        print(e)
