x.attr += ((y < y <= ()) == 1)
x[(-1 or y)] -= 1
def g(a, b=1):
    pass
