class M(type): pass
class B: pass
class A(B, metaclass=M):
    pass
def deco(x):
    return lambda c: c
@deco(1)
@deco(2)
class D(A, B):
    def m(self):
        pass
