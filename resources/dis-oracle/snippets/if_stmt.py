x = 3
if x:
    y = 1
if x > 1:
    y = 2
else:
    y = 3
if x == 1:
    y = 4
elif x == 2:
    y = 5
elif x == 3:
    y = 6
else:
    y = 7
