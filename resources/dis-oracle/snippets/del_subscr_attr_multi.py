class A: pass
a = A()
a.x = [1, 2]
del a.x[0], a.x
