# str.format with positional, keyword, indexed and attribute fields and format specs.
print('{} {}'.format('a', 'b'), '{1} {0}'.format('a', 'b'), '{x}{y}'.format(x=1, y=2))
print('{0[1]} {0[0]}'.format(['p', 'q']), '{d[k]}'.format(d={'k': 'v'}))
print('{:>8.3f}|{:<6}|{:^6}|{:,}'.format(2.71828, 'ab', 'ab', 9876543))
print('{!r} {!s} {!a}'.format('é', 'é', 'é'))
print('{:{fill}{align}{width}}'.format('x', fill='-', align='>', width=5))
print(format(255, '08b'), format(1.5, '.3e'), format('s', '>3'))
