# Common builtins: map/filter/zip/enumerate, sum with start, sorted keys, reversed, len, divmod, hex, chr/ord, isinstance.
print(list(map(str, [1, 2, 3])), list(filter(None, [0, 1, '', 'a'])), list(map(lambda a, b: a * b, [1, 2], [3, 4])))
print(sum([[1], [2]], []), sum([0.1] * 10), sum(range(5), 10))
print(list(zip(*[(1, 'a'), (2, 'b')])), dict(enumerate('xy', start=5)))
print(abs(-3.5), divmod(-7, 2), hex(-255), oct(8), bin(-5), chr(0x263A), ord('€'))
print(isinstance(3, (str, int)), callable(len), callable(3), len({'a': 1}), len('ab'), len(b'abc'))
print(repr(str(b'x')), int(True), float('1e3'), str(1e3), complex(1, 2), (1 + 2j) * (3 - 1j))
print(list(range(3)) == [0, 1, 2], hash(()) == hash(()), id(None) == id(None))
