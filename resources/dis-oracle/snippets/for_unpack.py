d = {'a': 1}
for k, v in d.items():
    print(k, v)
for a, *b in [(1, 2, 3)]:
    pass
