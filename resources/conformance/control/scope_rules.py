# Name resolution: local vs global vs builtin, shadowing, class-body scope not visible to methods.
x = 'global'
def f():
    x = 'local'
    def g():
        return x
    return g()
def h():
    return x
print(f(), h(), len('abc'))
def shadow():
    len = lambda s: 42
    return len('abc')
print(shadow(), len('abc'))
class K:
    y = 1
    z = [y * 2]
    def m(self):
        return 'y' in dir() , K.y
print(K.z, K().m())
