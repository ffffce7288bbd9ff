a = 3
b = a + 1 - 2 * a / 4 // 5 % 6 ** 2
c = a << 1 >> 2 & 3 | 4 ^ 5
d = -a
e = +a
f = ~a
g = not a
