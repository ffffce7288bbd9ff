# Integer arithmetic: floor division and modulo with signs, powers, shifts, bitwise ops, divmod, abs, round.
for a in (7, -7):
    for b in (2, -2):
        print(a, b, a // b, a % b, divmod(a, b), a / b)
print(2 ** 10, 2 ** -1, (-2) ** 3, pow(3, 4, 5), pow(2, -1, 7))
print(1 << 70, (1 << 70) >> 65, -17 >> 2, 5 & 3, 5 | 3, 5 ^ 3, ~5)
print(abs(-12), round(2.5), round(3.5), round(-0.5), round(1234, -2), round(1250, -2))
print(int('  42 '), int('-0x1f', 16), int('0b101', 0), int('zz', 36), int(3.99), int(-3.99))
print(max(3, 9, 2), min([4, -1, 8]), sum(range(101)))
print(True + True, True * 10, 7 // True)
