# Decorators with and without arguments, stacked decorators and functools.wraps.
import functools
def trace(fn):
    @functools.wraps(fn)
    def wrapper(*a):
        print('call', fn.__name__, a)
        return fn(*a)
    return wrapper
def times(n):
    def deco(fn):
        def wrapper(*a):
            return [fn(*a) for _ in range(n)]
        return wrapper
    return deco
@trace
def add(a, b):
    return a + b
@times(3)
@trace
def hello():
    return 'hi'
print(add(2, 3), add.__name__)
print(hello())
