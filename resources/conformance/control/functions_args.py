# Function calls: positional, keyword, defaults, *args, **kwargs, keyword-only, positional-only and unpacking at call sites.
def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, sorted(kw.items()))
print(f(1, c=3))
print(f(1, 5, 6, 7, c=8, e=9, f=10))
def g(x, y, /, z):
    return x + y + z
print(g(1, 2, z=3), g(*[1, 2, 3]))
args = (1, 2)
kw = {'c': 'C', 'z': 'Z'}
print(f(*args, **kw))
def h(*, only):
    return only
print(h(only='yes'))
print((lambda *a, **k: (a, k))(1, x=2))
