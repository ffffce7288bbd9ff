def f():
    with open('x') as f:
        return f.read()
