# SyntaxError: an invalid character (a non-ASCII symbol) in an identifier position.
x = 3 – 1
