# A function's default values and its __dict__ are released when the function object is freed.
class T:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del', self.name)
def f(a=T('default')):
    return a.name
f.attr = T('attr')
print(f())
print('deleting f')
del f
print('end')
