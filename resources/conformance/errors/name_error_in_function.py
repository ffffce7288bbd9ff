# Uncaught NameError raised two calls deep: every frame in the traceback, with caret lines.
def outer():
    return inner(2)
def inner(n):
    return n * undefined_name
print('start')
outer()
