# SyntaxError: a positional argument after keyword arguments.
print(sep="-", 1)
