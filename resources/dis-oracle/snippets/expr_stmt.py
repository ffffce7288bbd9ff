1
'doc'
x = 1
x
x.y
x + 1
[x]
