class A:
    "just a doc"
class B:
    pass
class C:
    ...
