# A suspended generator in a cycle with a list: collecting it runs the generator's finally block (tp_finalize), which itself breaks the cycle.
import gc
gc.disable()
gc.collect()
def gen(box):
    try:
        yield 1
        yield 2
    finally:
        print('generator closed')
box = []
g = gen(box)
box.append(g)
next(g)
del g, box
print('collecting')
print(gc.collect())
