s = 0
for i in range(10):
    if i % 2:
        continue
    s += i
