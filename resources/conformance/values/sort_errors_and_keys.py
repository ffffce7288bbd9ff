# Sorting: comparing int with str raises TypeError; keys returning tuples; sort of dict items by value; min/max with default.
try:
    sorted([3, 'a', 1])
except TypeError as e:
    print('TypeError:', e)
people = [('bob', 25), ('amy', 31), ('cat', 25)]
print(sorted(people, key=lambda p: (p[1], p[0])), sorted(people, key=lambda p: -p[1]))
scores = {'x': 3, 'y': 1, 'z': 2}
print(sorted(scores.items(), key=lambda kv: kv[1]), max(scores, key=scores.get), min([], default='empty'))
print(sorted([0.5, -1, 3, 2.0, True]), sorted(['b', 'A', 'a', 'B']), sorted([(1, 'b'), (1, 'a')]))
