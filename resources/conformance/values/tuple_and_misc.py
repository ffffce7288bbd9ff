# Tuples, ranges, None/bool reprs, comparisons, chained comparisons, identity and truthiness.
t = (1, 'a', 2.5, None, (True, False))
print(t, t[1:3], t * 2, t.count(1), t.index('a'), (1,), ())
print(range(5), list(range(2, 10, 3)), range(10)[2:5], len(range(0, 100, 7)), 7 in range(0, 100, 7))
print(1 < 2 < 3, 1 < 3 < 2, 1 == 1.0, 'a' != 'b', None is None, [] is [], not [], not [0])
print(bool(0), bool(''), bool('0'), bool(()), bool({}), bool(0.0), bool(1j))
print(any([0, '', 3]), all([1, 'x']), all([]), (1, 2) < (1, 2, 0), (2,) > (1, 99))
print(type(1).__name__, type('').__name__, type(None).__name__, isinstance(True, int), issubclass(bool, int))
print(repr(None), str(True), repr(Ellipsis), 3 if [] else 4, [] or 'd', 'x' and 'y')
