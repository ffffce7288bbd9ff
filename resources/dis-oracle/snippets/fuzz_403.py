def outer(a, b, c, x, y):
    y, c = [a for x in (lambda q: q + c) if y], {b: (-a)}
    def g(a):
        c = y = (lambda q: q + b)
        pass
        b.attr += (b if a else x)
        b[([True, x] + b)] -= 1
    raise ValueError(f'{c}-{y!r}')
    return a
