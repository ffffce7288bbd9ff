d = {i: str(i) for i in range(5)}
for k in list(d):
    del d[k]
