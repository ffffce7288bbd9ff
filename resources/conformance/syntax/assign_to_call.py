# SyntaxError: assigning to a function call.
f() = 3
