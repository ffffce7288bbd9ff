# format() and %-formatting of int, bool, float and str through CPython 3.11's format-spec rules.
print(format(True, '>5'), format(False, ''), format(True, 'd'), f'{True:^7}|', f'{False!r:>7}|')
print(format(1234567, ','), format(1234567, '_x'), format(-42, '+08d'), format(255, '#b'), format(65, 'c'))
print(format(3.14159, '.2f'), format(1e20, 'g'), format(-0.0, 'z.1f'), format(0.5, '%'), format(12345.678, ',.1f'))
print(format(2.5, 'e'), format(1 / 3, '.10g'), format(float('nan'), '>6'), format(42, '.3e'), format(7, '08.2f'))
print(format('abc', '*^9'), format('abcdef', '.3'), f'{"x":>{4}}|', '{0:{1}}|'.format('hi', 5))
print('%5d|%-5d|%05.1f|%x|%#o|%c|%r|%a|%%' % (42, 42, 3.14159, 255, 8, 65, 'é', 'é'))
print('%(name)s is %(age)d' % {'name': 'Ada', 'age': 36}, '%s' % [1, 2], '%.2s' % 'hello', '%+.3e' % 12345.6789)
print('%d %i %u' % (3.9, True, -7), '%*d|%-*.*f|' % (6, 42, 9, 2, 2.71828))
for bad in [lambda: format('x', 'd'), lambda: format(1.5, 'd'), lambda: format(3, '.2d'), lambda: '%d' % 'x',
            lambda: '%s %s' % (1,), lambda: '%s' % (1, 2), lambda: '%(a)s' % {}, lambda: format([], 'x'),
            lambda: '%z' % 1, lambda: format(1, 'ss')]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
