# Set iteration order of strings under PYTHONHASHSEED=0 (string hashing must match CPython's siphash13).
s = {'apple', 'banana', 'cherry', 'date', 'elderberry'}
print(s)
print(set('hello world'))
print({'a', 'b', 'c', 'd', 'e', 'f', 'g'})
print(hash('a') == hash('a'), {'x', 'y'} == {'y', 'x'})
words = 'the quick brown fox jumps over the lazy dog'.split()
print(set(words))
print(list(dict.fromkeys(words)))
