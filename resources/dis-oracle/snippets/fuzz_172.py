with (-1) as b:
    global c
    c = [c, (c if b else True)]
c.attr += y[(a is not c)]
c[x.m(0, k={y: x})] -= 1
