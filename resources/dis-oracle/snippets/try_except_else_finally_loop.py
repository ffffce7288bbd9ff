for i in range(3):
    try:
        r = 1 / i
    except ZeroDivisionError:
        continue
    else:
        print(r)
    finally:
        print('f')
