if (n := 10) > 5:
    print(n)
a = [y := 1, y ** 2]
def f():
    return [z for x in range(3) if (z := x)]
