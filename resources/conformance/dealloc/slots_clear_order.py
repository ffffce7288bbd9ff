# clear_slots releases an instance's slot values in member order, and the members are sorted by name whatever order __slots__ gives.
class T:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del', self.name)
class S:
    __slots__ = ('zeta', 'alpha', 'mid')
    def __init__(self):
        self.zeta = T('zeta')
        self.alpha = T('alpha')
        self.mid = T('mid')
s = S()
del s
print('end')
