# The program's own exception classes (each with its __weakref__ descriptor and a tracked class dict) under gc.DEBUG_STATS, raised and caught in cycles with their tracebacks.
import gc


class AppError(Exception):
    pass


class ParseError(AppError):
    def __init__(self, where):
        self.where = where


class Limit(ValueError):
    pass


def parse(n):
    raise ParseError(n)


gc.set_debug(gc.DEBUG_STATS)
gc.collect(0)
try:
    parse(3)
except ParseError as e:
    err = e
err.me = err
del err
gc.collect(1)
try:
    raise Limit('x')
except Limit as e:
    held = e
del held
gc.collect()
class Late(AppError):
    pass
gc.collect(0)
gc.set_debug(0)
print(AppError.__weakref__ is not None, gc.is_tracked(Late.__dict__))
