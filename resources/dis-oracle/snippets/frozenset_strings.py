x = 'b'
a = x in {'a', 'b', 'c'}
b = x in {'hello', 'world', 'spam', 'eggs', 'ham'}
for c in {'x', 'y', 'zz', ''}:
    pass
d = {'p', 'q', 'r'}
e = x not in {b'a', b'bc', 1, 2}
f = x in {'ünï', 'ü', '€'}
