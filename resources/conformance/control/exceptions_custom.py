# User-defined exception hierarchies, args, str/repr of exceptions, except tuples and exception attributes.
class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, key):
        super().__init__('missing %r' % key)
        self.key = key
try:
    raise NotFound('k1')
except (KeyError, AppError) as e:
    print(type(e).__name__, e, repr(e), e.args, e.key, isinstance(e, Exception))
for exc in (ValueError(), ValueError('a'), ValueError('a', 2), KeyError('k'), StopIteration(5)):
    print(repr(exc), '|', str(exc), '|', exc.args)
try:
    {}['nope']
except LookupError as e:
    print('lookup', repr(e))
try:
    [][3]
except IndexError as e:
    print('index', e)
