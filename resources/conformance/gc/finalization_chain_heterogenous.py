# A cycle chain of a plain object, a finalizer and a resurrecting finalizer (test_finalization CycleChainFinalizationTest): who is finalized, who survives.
import gc
gc.disable()
gc.collect()
log = []
survivors = []
class Plain:
    def __init__(self, name):
        self.name = name
class Fin(Plain):
    def __del__(self):
        log.append('del ' + self.name)
class Res(Plain):
    def __del__(self):
        log.append('resurrect ' + self.name)
        survivors.append(self)
nodes = [Plain('p'), Fin('f'), Res('r'), Fin('g')]
for i, n in enumerate(nodes):
    n.next = nodes[(i + 1) % len(nodes)]
del n
nodes = None
print(gc.collect())
print(log)
print([s.name for s in survivors], survivors[0].next.name)
survivors.clear()
print(gc.collect())
print(log)
