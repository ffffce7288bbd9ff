# try/except/else/finally ordering, re-raise, exception chaining, finally overriding return.
def f(x):
    try:
        print('try', x)
        if x == 1:
            raise ValueError('one')
        if x == 2:
            return 'returned'
    except ValueError as e:
        print('except', e)
        return 'handled'
    else:
        print('else')
    finally:
        print('finally', x)
    return 'end'
for x in range(3):
    print(f(x))
def g():
    try:
        return 'try'
    finally:
        return 'finally'
print(g())
try:
    try:
        raise KeyError('k')
    except KeyError as e:
        raise RuntimeError('wrapped') from e
except RuntimeError as e:
    print(type(e.__cause__).__name__, e.__cause__, e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise
except ArithmeticError as e:
    print('caught', type(e).__name__, e)
