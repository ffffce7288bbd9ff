f((-(c or a)))
x, c = (-{b: a}), (y.m(0, k=b) + 10)
del a
