a, a = a.m((b if a else y), k=y), (-f'{c}-{c!r}')
f(b)
