# IndentationError: a body that is not indented after a def.
def f():
return 1
