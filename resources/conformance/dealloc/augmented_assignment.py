# x = x + y builds a new object and frees the old one; x += y on a list mutates in place and frees nothing.
class Tagged(list):
    def __init__(self, name, items):
        super().__init__(items)
        self.name = name
    def __del__(self):
        print('del', self.name)
    def __add__(self, other):
        return Tagged(self.name + '+', list(self) + list(other))
x = Tagged('x', [1])
x = x + [2]
print('after +', list(x))
x += [3]
print('after +=', list(x))
del x
print('end')
