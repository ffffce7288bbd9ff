# TypeError: using a list as a dict key, raised inside a function called from a loop.
def index(d, k):
    d[k] = True
    return len(d)
seen = {}
for key in ['a', ('b',), ['c']]:
    print(index(seen, key))
