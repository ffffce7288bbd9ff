import sys

items = []
sizes = [sys.getsizeof(items)]
for i in range(40):
    items.append(i)
    sizes.append(sys.getsizeof(items))

# The list over-allocates: its size jumps only when its capacity is exhausted.
previous = None
for length, size in enumerate(sizes):
    if size != previous:
        capacity = (size - sys.getsizeof([])) // 8
        print(length, size, capacity)
        previous = size
