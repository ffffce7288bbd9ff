x = (1 +
     2)
y = (x
     * 3)
z = (x if y
     else 0)
