# The float free list: a new float takes the memory of the float freed just before it (LIFO).
x = float('1.25')
y = float('2.5')
addr_x = id(x)
addr_y = id(y)
del x
z = float('3.75')
print(id(z) == addr_x)
del y
del z
w = float('4.0')
v = float('5.0')
print(id(w) == addr_x, id(v) == addr_y)
