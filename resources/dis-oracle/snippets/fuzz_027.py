def outer(a, b, c, x, y):
    with ((-b) < (-b) <= b) as a:
        pass
        f((a if (-c) else (-c)))
    def h(a, b=1):
        nonlocal_target = (-b[b])
        return f'{c}-{y!r}'
        while 10:
            c = x
            with [y for b in (b and b) if b[y]] as y:
                return a.m(y, k=c)
                c += f(c, c)
                b = c.m(x, k=[b, b.m(None, k=10)])
            break
    return a
