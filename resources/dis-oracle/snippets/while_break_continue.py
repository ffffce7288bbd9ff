i = 0
while True:
    i += 1
    if i > 5:
        break
    if i % 2:
        continue
    i += 0
