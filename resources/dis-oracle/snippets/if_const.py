if True:
    a = 1
if 0:
    b = 2
else:
    b = 3
if None:
    pass
while 0:
    pass
