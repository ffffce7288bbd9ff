# Uncaught ValueError from int() on a bad literal, raised inside a builtin call.
digits = ['1', '2', 'x3']
total = 0
for d in digits:
    total += int(d)
    print(total)
