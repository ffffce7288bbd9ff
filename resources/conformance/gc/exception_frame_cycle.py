# Storing a caught exception in a local of the frame that caught it makes a cycle frame -> exception -> traceback -> frame; collect() frees it.
import gc
gc.disable()
gc.collect()
class Big:
    def __del__(self):
        print('Big freed')
def f():
    big = Big()
    try:
        raise ValueError('x')
    except ValueError as e:
        err = e
    return 1
f()
print('returned')
print(gc.collect() > 0)
