r = list((x, y) for x in range(3) if x for y in 'ab' if y != 'a' if x > 0)
s = {x for x in range(3) for _ in range(2)}
