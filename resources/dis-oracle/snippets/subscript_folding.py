a = 'abc'[1]
b = (1, 2, 3)[-1]
c = b'xyz'[0]
d = 'abc'[5]
e = (1, 2)[0:1]
f = __debug__
