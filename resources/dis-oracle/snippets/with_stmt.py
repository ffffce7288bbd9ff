with open('f') as f:
    x = f.read()
