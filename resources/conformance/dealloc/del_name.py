# __del__ runs exactly when the last reference goes away through del of a name.
class T:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del', self.name)
a = T('a')
b = a
print('del a')
del a
print('del b')
del b
print('end')
