def f():
    "doc"
    return 1
def g():
    "doc"
class C:
    "class doc"
