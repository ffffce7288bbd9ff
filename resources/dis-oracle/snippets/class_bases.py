class A: pass
class B(A): pass
class C(A, B, metaclass=type): pass
class D(*[A]): pass
