# gc.collect() called from inside a __del__ that runs during a collection returns 0 (a collection is already running).
import gc
gc.disable()
gc.collect()
results = []
class Inner:
    def __init__(self):
        self.me = self
    def __del__(self):
        results.append(gc.collect())
Inner()
print(gc.collect(), results)
