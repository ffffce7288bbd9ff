# Uncaught AssertionError with a message from a failing assert.
def check(x):
    assert x > 0, 'x must be positive, got %d' % x
    return x
print(check(3))
check(-2)
