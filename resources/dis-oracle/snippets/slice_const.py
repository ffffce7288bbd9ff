a = [1, 2, 3]
b = a[1:2]
c = a[:]
d = a[x:] if (x := 1) else None
