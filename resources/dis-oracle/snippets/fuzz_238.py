raise ValueError(((y < a <= c), *c))
f(sum(a for a in x))
with y[(-a)] as c:
    raise ValueError((b or x))
