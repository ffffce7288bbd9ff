def f():
    x = 1
    global y
    y = 2
    return x
return 5
