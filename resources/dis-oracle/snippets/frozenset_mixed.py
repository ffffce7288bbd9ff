x = 1
a = x in {1.5, 2.5, 0.1, -3.75, 1e100}
b = x in {(1, 2), (3, 4), ('a',), ()}
c = x in {1, 1.0, True, 2}
d = x in {0.0, -0.0, 5}
e = x in {1 + 2j, 3j, 2 + 0j}
f = x in {1.5, 'a', (1, 'b'), b'z', 7}
g = x in {float('nan') if x else 1, 2, 3}
for y in {0.5, 0.25, 0.125, 1024.0, -1}:
    pass
