c = {**(lambda q: q + (lambda q: q + y)), 'k': {a for a in a if a}, **{}}
c = [*(1 and (c if x else a)), f(b, b), *()]
def g(a):
    f((lambda q: q + 2.5))
