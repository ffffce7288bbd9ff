t = 0
for i in range(10):
    t += i
