x = 5
if 1 < x:
    pass
if 1 < x < 10:
    pass
y = 1 < x < 10
while 0 < x:
    x -= 1
