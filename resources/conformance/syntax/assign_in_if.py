# SyntaxError: "=" used where "==" was meant inside an if.
x = 1
if x = 1:
    pass
