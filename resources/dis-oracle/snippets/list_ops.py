l = [3, 1, 2]
l.sort()
l.reverse()
x = l[-1]
l2 = l + [4]
l3 = l * 2
n = len(l)
print(l, x, l2, l3, n)
