# Lambdas, functions returning functions, map/filter/reduce-style loops and function attributes.
def compose(*fs):
    def run(x):
        for f in reversed(fs):
            x = f(x)
        return x
    return run
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5), compose()(7))
def counter():
    counter.calls += 1
    return counter.calls
counter.calls = 0
counter()
counter()
print(counter.calls, counter.__name__, inc.__name__)
acc = 0
for v in map(dbl, filter(lambda x: x % 2, range(10))):
    acc += v
print(acc)
