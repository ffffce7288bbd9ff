# str.format: automatic and manual numbering, attribute and index access, conversions, nested specs, errors.
class P:
    def __init__(self):
        self.x = 3
        self.items = ['a', 'b']
p = P()
print('{} {} {}'.format(1, 'two', 3.0), '{1}{0}{1}'.format('a', 'b'), '{p.x} {p.items[1]}'.format(p=p))
print('{0[0]}{0[1]}|{d[key]}|{0!r:>6}|{1!a}'.format('hi', 'é', d={'key': 'v'}))
print('{:{}}|{:>{w}.{p}f}|'.format('ab', 4, 3.14159, w=8, p=2), '{{literal}} {}'.format('x'), 'é{}'.format(1))
print('{0:{fill}^{w}}'.format('mid', fill='*', w=9), '{!s:5}|'.format(None), '{:>4}'.format(True))
for bad in ['{', '}', '{0}{}', '{}{0}', '{2}', '{x}', '{0.}', '{0!z}', '{0[}', '{:d}', '{0:{1:{2}}}']:
    try:
        print(repr(bad.format('s', 'q', 'r')))
    except Exception as e:
        print(bad, type(e).__name__, e)
