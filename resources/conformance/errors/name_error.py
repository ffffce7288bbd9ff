# Uncaught NameError at module level, with the 3.11 traceback and its "Did you mean" suggestion.
count = 1
print('before')
print(coutn + 1)
