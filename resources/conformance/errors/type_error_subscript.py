# Uncaught TypeError: subscripting an int, and not-callable messages, shown with the caret lines.
n = 42
print(n)
print(n[0])
