# An exception keeps the raising frame's locals alive through its traceback until the except block ends.
class T:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del', self.name)
def boom():
    local = T('local')
    raise RuntimeError('x')
try:
    boom()
except RuntimeError:
    print('in except')
print('after except')
def boom2():
    local = T('local2')
    raise ValueError('y')
try:
    boom2()
except ValueError as e:
    saved = e
print('saved exception')
del saved
print('end')
