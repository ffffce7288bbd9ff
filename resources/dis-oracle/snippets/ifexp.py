a = 1
b = 2 if a else 3
c = (4 if a else 5) if b else 6
