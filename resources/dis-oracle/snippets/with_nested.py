with open('a') as a:
    with open('b') as b:
        x = 1
