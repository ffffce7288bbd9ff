i = 0
j = 5
while i < 10 and j > 0:
    i += 1
    j -= 1
while not i:
    pass
