def f():
    class C:
        pass
    return C
