# Replacing a dict value releases the old value immediately; removing from a set releases the element.
class T:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del', self.name)
d = {}
d['a'] = T(1)
d['a'] = T(2)
print('replaced')
s = {T(3)}
s.clear()
print('set cleared')
d.clear()
print('end')
