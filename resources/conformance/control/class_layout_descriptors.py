# Which classes get __dict__ / __weakref__ descriptors (type_new_slots: only where the layout base lacks them), and the instance sizes that follow.
import sys
class A:
    pass
class B(A):
    pass
class C(B):
    pass
class D(B, A):
    pass
class S:
    __slots__ = ('a',)
class T(S):
    pass
class U(T):
    pass
class W(S):
    __slots__ = ('b', 'c')
class L(list):
    pass
class L2(L):
    pass
class E(Exception):
    pass
class E2(E):
    pass
class E3(E2):
    pass
class ES(KeyError):
    __slots__ = ()
class ES2(ES):
    pass
class ES3(ES):
    __slots__ = ('x',)
for k in (A, B, C, D, S, T, U, W, L, L2, E, E2, E3, ES, ES2, ES3):
    print(k.__name__, sorted(k.__dict__.keys()), sys.getsizeof(k()))
