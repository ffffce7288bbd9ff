def f(a, b, c):
    x = a + b
    y = b + c
    z = x * y
    if z > 10:
        z -= 10
    elif z < 0:
        z = -z
    else:
        z = 0
    for i in range(z):
        x += i
    while x > 100:
        x //= 2
    return x, y, z
