# A nested function that refers to itself through its closure cell: function -> closure tuple -> cell -> function.
import gc
gc.disable()
gc.collect()
def outer():
    def f():
        return f
    return f
g = outer()
print(g() is g)
del g
print(gc.collect())
