try:
    with open('x') as f:
        pass
except OSError:
    pass
