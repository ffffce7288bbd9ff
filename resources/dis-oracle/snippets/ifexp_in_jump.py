a = b = c = 1
if (a if b else c):
    x = 1
while (a if b else c) and not a:
    pass
r = (a and b) or (c and not a)
