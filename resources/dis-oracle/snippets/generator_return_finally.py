def g(n):
    try:
        for i in range(n):
            if i > 3:
                return i
            yield i
    finally:
        print('cleanup')
    return -1
