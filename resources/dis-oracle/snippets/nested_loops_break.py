def f():
    for i in range(3):
        while True:
            break
        else:
            pass
    return i
