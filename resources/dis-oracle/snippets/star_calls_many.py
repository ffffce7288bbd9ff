a = [1]
b = {}
print(*a, *a, **b, **b)
print(*a, 1, *a, k=1, **b)
print(**b, k=2)
f = print
f(*a)
f(*a, **b)
