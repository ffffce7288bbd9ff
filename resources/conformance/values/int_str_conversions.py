# Conversions between ints, floats and strings: str/int/float/repr, bases, format with bases, bool conversions.
print(str(0), str(-0), str(10 ** 20), int('0010'), int('-7'), int('1_000'), float('1_0.5'))
print(int('ff', 16), int('777', 8), int('1010', 2), format(255, 'x'), format(255, '#o'), format(-255, 'b'))
print(float('  3.5\n'), float('-inf'), str(1.0), str(1e16), str(123456789.0), str(0.000001), str(1e-7))
print(int(2.9), int(-2.9), round(2.9), int(True), str(False), float(7), int('12') + 1)
print(repr('1'), repr(1), str('1') == repr('1'), [str(x) for x in (1, 1.5, None, 'a')])
print(chr(65) + str(66), '%d' % 3.99, '%s' % 3.99, '%.0f' % 2.5, '%.0f' % 3.5)
