class C:
    x: int
    y: 'str' = 'a'
    (z): int = 1
o = C()
o.attr: int
d = {}
d['k']: int = 3
d[1:2]: int
def f():
    a: int = 1
    b: str
    o.q: int = 2
    return a
