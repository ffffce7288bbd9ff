# Dropping the last reference to a suspended generator closes it: its finally block runs and its locals die.
class T:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del', self.name)
def gen():
    local = T('local')
    try:
        yield 1
        yield 2
    finally:
        print('finally')
g = gen()
print(next(g))
print('dropping')
g = None
print('end')
