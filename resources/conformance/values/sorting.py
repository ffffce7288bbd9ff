# Sorting: default order, key functions, reverse, stability with equal keys, mixed int/float, strings.
words = ['banana', 'Apple', 'cherry', 'apple', 'Banana', 'date']
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len, reverse=True))
pairs = [(2, 'b'), (1, 'z'), (2, 'a'), (1, 'y')]
print(sorted(pairs), sorted(pairs, key=lambda p: p[0]))
nums = [3, 1.5, -2, 10, 0, 2.25]
nums.sort()
print(nums)
print(sorted('hello'), sorted({3: 'a', 1: 'b'}), min(words, key=len), max(words))
print(sorted([[2, 1], [1, 2], [1, 1]]), sorted(range(10), key=lambda x: (x % 3, -x)))
