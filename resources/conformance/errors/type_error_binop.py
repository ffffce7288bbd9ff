# Uncaught TypeError from a binary operation: the ~~~^~~~ marker under the operator.
x = 5
y = 'five'
print(x + 1)
z = x + y
