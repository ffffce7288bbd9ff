while (x if (b + c) else x):
    class K2:
        attr = f'{a}-{y!r}'
        def meth(self):
            def h(*args, c):
                x = (b and 2)
                x = (a < f(10, (0 is y)) <= x)
global y
y = (lambda q: q + [b for y in x if 0])
x.attr += f(c, (c if x else 0))
x[[b, a]] -= 1
y.attr += x.m((b or y), k=f'{b}-{y!r}')
y[(lambda q: q + (lambda q: q + b))] -= 1
