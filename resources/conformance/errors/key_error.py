# Uncaught KeyError from a dict subscript inside a function.
def lookup(d, k):
    return d[k]
ages = {'ann': 31}
print(lookup(ages, 'ann'))
print(lookup(ages, 'bob'))
