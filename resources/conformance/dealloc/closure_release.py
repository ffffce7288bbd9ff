# A value captured by closures lives as long as any closure holding its cell.
class T:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del', self.name)
def make():
    v = T('captured')
    def a():
        return v.name
    def b():
        return v.name
    return a, b
a, b = make()
print(a(), b())
del a
print('dropped a')
del b
print('dropped b')
