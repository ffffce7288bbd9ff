import weakref
class A:
    def __del__(self):
        print('del')
a = A()
r = weakref.ref(a, lambda w: print('cb'))
del a
