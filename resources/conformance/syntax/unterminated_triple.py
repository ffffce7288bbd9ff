# SyntaxError: an unterminated triple-quoted string spanning to the end of the file.
x = 1
s = """abc
def
