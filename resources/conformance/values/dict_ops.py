# Dict semantics: insertion order, update, overwrite keeps position, delete and re-insert, get/setdefault/pop, views, merge.
d = {'b': 1, 'a': 2}
d['c'] = 3
d['b'] = 10
print(d, list(d), list(d.values()), list(d.items()))
del d['b']
d['b'] = 4
print(d)
print(d.get('zz'), d.get('zz', 0), d.setdefault('e', 5), d.pop('a'), d.pop('q', 'none'))
d.update({'f': 6}, g=7)
print(d, len(d), 'c' in d, 6 in d)
print(d | {'h': 8}, {1: 'a', True: 'b', 1.0: 'c'})
print(dict(zip('xyz', range(3))), dict.fromkeys('ab', 0), {k: k * 2 for k in range(4)})
print(d.popitem(), d)
e = {3: 'c', 1: 'a', 2: 'b'}
print(sorted(e), list(e.keys()), e == {1: 'a', 2: 'b', 3: 'c'})
