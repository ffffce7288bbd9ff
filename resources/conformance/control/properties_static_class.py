# property getters/setters/deleters, staticmethod and classmethod, including on subclasses.
class Temp:
    def __init__(self):
        self._c = 0
    @property
    def f(self):
        return self._c * 9 / 5 + 32
    @f.setter
    def f(self, v):
        self._c = (v - 32) * 5 / 9
    @f.deleter
    def f(self):
        print('deleting')
        self._c = 0
    @staticmethod
    def unit():
        return 'F'
    @classmethod
    def make(cls):
        return cls()
t = Temp()
t.f = 212
print(t._c, t.f, Temp.unit(), t.unit())
del t.f
print(t.f)
class Sub(Temp):
    pass
print(type(Sub.make()).__name__, type(Temp.make()).__name__)
