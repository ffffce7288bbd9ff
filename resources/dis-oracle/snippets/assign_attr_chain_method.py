import os
class A:
    def __init__(self):
        self.b = self
a = A()
a.b.b.c = os.path.join('a', 'b')
a.b.m = a.b.b
os.getcwd()
x = os.path
x.join('a')
