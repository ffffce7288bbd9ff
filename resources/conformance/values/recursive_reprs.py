# reprs of self-containing lists and dicts ([...], {...}) and of nested containers of mixed types.
a = [1, 2]
a.append(a)
print(a)
d = {'k': 1}
d['self'] = d
print(d)
b = [a, (a,), {'x': a}]
print(b)
print([[], [[]], [(), {}], {1: [2, {3: (4,)}]}], (1,), ((1,),))
print(repr(set()), repr(frozenset()), {(): None}, [None, True, 1.0, 1j, 'x'])
