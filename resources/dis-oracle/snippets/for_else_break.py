for i in range(10):
    if i == 5:
        break
else:
    i = None
