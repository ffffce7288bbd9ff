def f(*a): return a
f(f(1), f(2, f(3)))
