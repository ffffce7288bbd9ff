assert {(0 if 2.5 else b): a}, [c, y.m(b, k=a)]
b, c = [c, -1], [(b if True else a), c]
while y[(y or a)]:
    del a
