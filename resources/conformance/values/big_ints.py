# Arbitrary-precision integers: factorial, huge powers, division, negative numbers and their reprs.
f = 1
for i in range(1, 31):
    f *= i
print(f)
print(2 ** 200)
print(-(3 ** 100))
print(f // 7 ** 10, f % 7 ** 10)
print((2 ** 100 - 1) * (2 ** 100 + 1) == 2 ** 200 - 1)
print(hex(2 ** 70), oct(2 ** 40), bin(2 ** 33))
print((10 ** 25) // -3, (10 ** 25) % -3)
print(len(str(7 ** 500)))
print(int('9' * 40) + 1)
