# getrefcount of a context manager and of the value bound by "as" inside and after a with block.
import sys
class CM:
    def __init__(self):
        self.value = []
    def __enter__(self):
        return self.value
    def __exit__(self, *exc):
        return False
cm = CM()
print(sys.getrefcount(cm), sys.getrefcount(cm.value))
with cm as v:
    print(sys.getrefcount(cm), sys.getrefcount(v))
print(sys.getrefcount(cm), sys.getrefcount(v))
def inside():
    with cm as w:
        return sys.getrefcount(cm), sys.getrefcount(w)
print(inside())
