for i in range(3):
    try:
        if i:
            break
        continue
    finally:
        print(i)
