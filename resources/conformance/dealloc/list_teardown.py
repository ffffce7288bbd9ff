# Deallocating a list releases its items from the last to the first.
class T:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del', self.name)
lst = [T(1), T(2), T(3)]
print('drop list')
lst = None
lst = [T('a'), T('b')]
lst.clear()
print('cleared')
lst = [T('x'), T('y'), T('z')]
del lst[:2]
print('sliced')
del lst
print('end')
