a = {**(-(-b)), 'k': (f(b, b) if b else b), **{}}
a = [*(b if (not b) else b), {b: (b if y else b)}, *()]
x, y = (x < f((1, 2), c) <= (y or y)), y.m((1, 2), k=a)
