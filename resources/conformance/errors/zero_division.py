# Uncaught ZeroDivisionError in an expression spanning part of a line.
def ratio(a, b):
    total = a + b
    return total / (b - b)
print(ratio(1, 2))
