# SyntaxError: an unterminated string literal.
name = "Ada
print(name)
