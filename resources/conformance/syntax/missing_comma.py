# SyntaxError: invalid syntax from two names in a row, with the "Perhaps you forgot a comma" hint.
print(1 2)
