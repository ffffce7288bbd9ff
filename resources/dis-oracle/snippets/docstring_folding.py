'a' + 'b'
x = 1
def f():
    'x' 'y'
    return 1
