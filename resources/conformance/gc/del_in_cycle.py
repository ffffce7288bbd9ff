# An instance with __del__ in a cycle is finalised and collected (PEP 442): collect() returns 1 on 3.11 and gc.garbage stays empty.
import gc
gc.disable()
gc.collect()
class WithDel:
    def __init__(self):
        self.me = self
    def __del__(self):
        print('__del__ called')
WithDel()
print('before collect')
print(gc.collect())
print(gc.garbage)
