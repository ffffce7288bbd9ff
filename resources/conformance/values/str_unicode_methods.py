# str case mapping and predicates follow Unicode 14 (CPython 3.11's unicodedata), and indexes count code points.
words = ['straße', 'ǅungla', 'İstanbul', 'ﬁne', 'ΣΑΣ', 'hello world', "they're bill's", 'Ⅻ', 'ŉ']
for w in words:
    print(w.upper(), w.lower(), w.casefold(), w.swapcase(), w.capitalize(), w.title())
for w in ['Hello World', 'ǅungla', 'HELLO', 'hello', 'Ⅻ', 'ⅻ', '', '1A', 'ǈ']:
    print(repr(w), w.istitle(), w.isupper(), w.islower())
for c in ['5', '²', '½', '一', '٣', 'x', '\x1c', '\u00a0', '\u200b', 'é', '_a1', '1a', 'ℕ', '\u2028', '']:
    print(repr(c), c.isdigit(), c.isdecimal(), c.isnumeric(), c.isalpha(), c.isalnum(),
          c.isspace(), c.isidentifier(), c.isprintable(), c.isascii())
s = '😀ab😀cab'
print(len(s), s.find('ab'), s.rfind('ab'), s.index('c'), s.count('ab'), s.find('ab', 2), s.startswith('ab', 1))
print(s.split('😀'), s.partition('c'), s.center(12, '*'), s.zfill(10), s.expandtabs())
print('a\x1cb\x85c d\u3000e'.split(), ' \x1f x \x1f'.strip(), 'x\u2028y\x1dz'.splitlines())
