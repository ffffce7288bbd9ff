def outer(a, b, c, x, y):
    with (b if 0 else c) as b:
        def g(*args, c):
            def g(a, b=1):
                b += (0 + (y < c))
        import os.path as b
        try:
            if (b := (lambda q: q + ('s' if b else x))):
                f({(() < c <= a): 2.5})
            assert (not (1, 2)), f(b, y)
        except:
            pass
    c = (x == (lambda q: q + a))
    with {y: y} as a:
        with [(2 + y), y.m(y, k=x)] as c:
            c.attr += (2.5 < x <= f(a, a))
            c[(y and b)] -= 1
        f({c: True})
    return a
