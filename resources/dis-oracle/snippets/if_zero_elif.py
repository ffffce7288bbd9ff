x = 1
if 0:
    y = 1
elif x:
    y = 2
else:
    y = 3
if x:
    pass
elif 1:
    y = 4
