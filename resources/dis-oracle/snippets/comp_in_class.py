class C:
    a = [1, 2]
    b = [x for x in a]
