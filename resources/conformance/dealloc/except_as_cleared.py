# "except E as e" unbinds e at the end of the handler, releasing the exception and what its args hold.
class T:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del', self.name)
try:
    raise ValueError(T('payload'))
except ValueError as e:
    print('handling', e.args[0].name)
print('after handler')
try:
    raise KeyError(T('kept'))
except KeyError as e:
    keep = e
print('after second handler')
keep = None
print('end')
