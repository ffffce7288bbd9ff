# Uncaught IndexError from a list subscript with the ~~~~^^^ markers.
items = [1, 2, 3]
i = 5
print(items[0])
print(items[i])
