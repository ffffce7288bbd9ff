# Closures: counters with nonlocal, late binding in loops, closures sharing a cell, and global statements.
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c1 = counter()
c2 = counter()
print(c1(), c1(), c1(), c2())
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
gs = [lambda i=i: i for i in range(3)]
print([g() for g in gs])
def pair():
    x = 'a'
    def get():
        return x
    def set_(v):
        nonlocal x
        x = v
    return get, set_
get, set_ = pair()
set_('b')
print(get())
total = 0
def add(v):
    global total
    total += v
add(5)
add(7)
print(total)
