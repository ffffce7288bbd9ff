# global and nonlocal across three nested levels, and a class body reading an enclosing function's variable.
x = 'g'
def outer():
    x = 'o'
    def middle():
        nonlocal x
        x = 'm'
        def inner():
            global x
            x = 'i'
        inner()
        return x
    r = middle()
    class K:
        seen = x
    return r, x, K.seen
print(outer(), x)
