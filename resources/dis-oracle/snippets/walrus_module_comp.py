data = [1, 2, 3]
total = [last := x for x in data]
print(last)
def f():
    return [y := z for z in data], y
