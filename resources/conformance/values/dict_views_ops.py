# Dict views: live updates, set operations on keys and items, membership, reversed order and equality.
d = {'a': 1, 'b': 2, 'c': 3}
k, v, it = d.keys(), d.values(), d.items()
d['d'] = 4
print(k, v, it)
print(k & {'a', 'z'}, k | {'z'}, k - {'a'}, it & {('a', 1)}, ('b', 2) in it, 3 in v)
print(list(reversed(d)), list(reversed(d.values())), d.keys() == {'a', 'b', 'c', 'd'}, len(k))
del d['a']
print(list(k), sorted(k ^ {'a', 'b'}))
