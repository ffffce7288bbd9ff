xs = [float(i) for i in range(10)]
ids = [id(x) for x in xs]
del xs
ys = [float(i) * 2 for i in range(10)]
print(len(set(ids) & set(id(y) for y in ys)))
