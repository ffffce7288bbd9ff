c, y = (f'{b}-{a!r}', *(c is not a)), c.m('s', k=f'{c}-{b!r}')
c = {**[x for x in [b, c] if a.m(c, k=a)], 'k': f(y, y[y]), **{}}
c = [*x[::(a + x)], f(y, y), *()]
import os.path as a
b, *c = c[c]
