for i in range(3):
    try:
        x = i
    finally:
        if i:
            continue
        print(i)
