# A caught exception keeps its traceback, the traceback keeps frames, and frames keep their locals alive.
import sys

class Big:
    def __del__(self):
        print('Big freed')

def fail():
    big = Big()
    print('in fail', sys.getrefcount(big))
    raise ValueError('boom')

saved = None
try:
    fail()
except ValueError as e:
    saved = e
    print('caught', sys.getrefcount(e))
    print(sys.exc_info()[1] is e, sys.getrefcount(e))
print('after except', sys.getrefcount(saved))
tb = saved.__traceback__
print(tb.tb_frame.f_code.co_name, tb.tb_lineno, sys.getrefcount(tb))
del tb
print('dropping the exception')
saved = None
print('after drop')

def catch_and_keep():
    local = [1, 2, 3]
    try:
        1 / 0
    except ZeroDivisionError as err:
        print('inside', sys.getrefcount(local), sys.getrefcount(err))
        return err
kept = catch_and_keep()
print(type(kept).__name__, kept.__traceback__.tb_frame.f_code.co_name, sys.getrefcount(kept))
print(kept.__traceback__.tb_frame.f_locals['local'])
try:
    name_is_deleted = 1
    try:
        raise KeyError('k')
    except KeyError as gone:
        pass
    print(gone)
except NameError as ne:
    print('NameError:', ne)
