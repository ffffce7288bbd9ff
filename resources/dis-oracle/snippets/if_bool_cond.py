a, b, c = 1, 2, 3
if a and b:
    x = 1
if a or b:
    x = 2
if not a:
    x = 3
if a and (b or c):
    x = 4
if not (a and b):
    x = 5
if a < b < c:
    x = 6
