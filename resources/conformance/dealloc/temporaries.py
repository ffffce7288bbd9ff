# Temporaries created inside an expression die as soon as the expression is done with them.
class T:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del', self.name)
    def get(self):
        return self.name
print(T('temp').get())
print('next')
x = [T('a'), T('b')][1].get()
print(x)
T('discarded')
print('end')
