# Deallocating a dict releases keys and values in insertion order; popping and overwriting release single values.
class T:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del', self.name)
d = {'k1': T('v1'), 'k2': T('v2'), 'k3': T('v3')}
d['k2'] = T('v2b')
print('pop k1')
d.pop('k1')
print('drop dict')
d = None
print('end')
