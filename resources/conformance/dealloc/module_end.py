# Objects still bound at the end of the module are finalised at interpreter shutdown, after the last print.
class T:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del', self.name)
a = T('a')
b = T('b')
print('last line')
