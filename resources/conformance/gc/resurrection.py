# A __del__ that stores self resurrects the cycle: collect() returns 0; dropping it later reclaims it without a second __del__.
import gc
gc.disable()
gc.collect()
saved = []
class R:
    def __init__(self):
        self.me = self
    def __del__(self):
        print('__del__')
        saved.append(self)
R()
print(gc.collect(), len(saved))
saved.clear()
print(gc.collect())
