# The tuple free lists are per length: a freed 3-tuple is reused by the next 3-tuple, not by a 2-tuple.
def t3(a):
    return (a, a + 1, a + 2)
def t2(a):
    return (a, a + 1)
x = t3(100)
ix = id(x)
del x
y = t2(5)
print(id(y) == ix)
z = t3(7)
print(id(z) == ix)
