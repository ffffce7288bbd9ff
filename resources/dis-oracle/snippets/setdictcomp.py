a = {x for x in range(3)}
b = {x: x * 2 for x in range(3)}
c = {k: v for k, v in [(1, 2)]}
