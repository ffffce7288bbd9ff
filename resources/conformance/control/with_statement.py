# with statements: __enter__/__exit__ order, exceptions passed to __exit__, suppression, nested managers.
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print('enter', self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print('exit', self.name, et.__name__ if et else None, ev)
        return self.suppress
with CM('a') as v:
    print('body', v)
with CM('b', suppress=True):
    raise ValueError('boom')
print('after suppressed')
with CM('x') as x, CM('y') as y:
    print('nested', x, y)
try:
    with CM('c'):
        raise KeyError('k')
except KeyError:
    print('propagated')
