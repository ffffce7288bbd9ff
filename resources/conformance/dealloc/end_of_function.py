# Locals are released when the function returns, in the order of the frame's local slots.
class T:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del', self.name)
def f():
    a = T('a')
    b = T('b')
    c = T('c')
    print('returning')
f()
print('after f')
def g():
    c = T('c')
    a = T('a')
    b = T('b')
    return a
kept = g()
print('after g, kept', kept.name)
