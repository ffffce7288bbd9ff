# List/set/dict comprehensions and generator expressions: nested loops, conditions, scoping of the loop variable.
print([x * y for x in range(1, 4) for y in range(x)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print({x % 4 for x in range(10)}, {c: ord(c) for c in 'abc'})
print(sum(x * x for x in range(10)), max((len(w), w) for w in ['aa', 'b', 'ccc']))
x = 'outer'
print([x for x in 'ab'], x)
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)])
print([(i, j) for i in range(3) for j in range(i, 3) if i != j])
