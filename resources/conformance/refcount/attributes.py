# getrefcount of objects stored as instance attributes, class attributes and via setattr/delattr.
import sys
class Box:
    shared = []
b = Box()
v = []
print(sys.getrefcount(v))
b.item = v
print(sys.getrefcount(v))
c = Box()
c.item = v
print(sys.getrefcount(v))
setattr(c, 'other', v)
print(sys.getrefcount(v))
del c.item
delattr(c, 'other')
print(sys.getrefcount(v))
print(sys.getrefcount(Box.shared))
alias = b.shared
print(sys.getrefcount(Box.shared))
b.shared = []
print(sys.getrefcount(Box.shared), sys.getrefcount(b.shared))
