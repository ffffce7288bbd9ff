# Deallocating a tuple releases its items from the last to the first.
class T:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del', self.name)
t = (T(1), T(2), T(3))
print('drop tuple')
del t
def make():
    return T('a'), T('b')
a, b = make()
print('unpacked')
del b
del a
print('end')
