# printf-style %-formatting of strings, ints, floats, reprs and dict-based formats.
print('%s and %r' % ('x', 'x'))
print('%d|%5d|%-5d|%05d|%+d|%x|%X|%o|%#x' % (42, 42, 42, 42, 42, 255, 255, 8, 255))
print('%f|%.2f|%10.3f|%e|%g|%G' % (3.14159, 3.14159, 3.14159, 31415.9, 0.00001234, 1e20))
print('%(a)s-%(b)d' % {'a': 'A', 'b': 7})
print('%c%c' % (72, 'i'), '%%', '%s' % ((1, 2),), '%s' % [1, 2])
print('%5s|%-5s|%.2s' % ('ab', 'ab', 'abcdef'))
