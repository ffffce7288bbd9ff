# Rebinding a name drops the old object at once; assigning to itself keeps it alive.
class T:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del', self.name)
x = T('first')
print('rebind')
x = T('second')
print('self-assign')
x = x
print('None')
x = None
print('end')
