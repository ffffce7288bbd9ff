# A list cycle holding instances with __del__: finalizers of members and of objects hanging off the cycle, in order.
import gc
gc.disable()
gc.collect()
class T:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del', self.name)
l = [T('x'), T('y')]
l.append(l)
l.append(T('z'))
del l
print(gc.collect())
