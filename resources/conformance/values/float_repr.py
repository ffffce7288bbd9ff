# Float reprs (shortest round-trip), special values, rounding, formatting and float arithmetic results.
vals = [0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e-5, 1e-4, 123456789012345678.0, 1.5e300 * 1e10, -0.0, 100.0, 2.0 ** 0.5]
for v in vals:
    print(repr(v), str(v))
print(float('nan'), float('-inf'), 1e22, 1e21, 12345678901234567890.0)
print(round(2.675, 2), round(0.125, 2), round(1.5), round(-2.5))
print(3.0 * 1.1, 7.0 // 2, 7.5 % 2, -7.5 % 2, divmod(7.5, -2))
print(float(10 ** 20), int(1e20), 0.1 * 3 == 0.3, (0.5).as_integer_ratio())
print(1.0 == 1, hash(1.0) == hash(1), 3 / 4, 10 / 5)
