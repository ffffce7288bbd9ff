# gc.get_referents of an instance lists its attribute values and its class on 3.11.
import gc
class P:
    def __init__(self):
        self.x = 'xv'
        self.y = [1]
p = P()
refs = gc.get_referents(p)
print(len(refs), [r for r in refs if r is P] == [P], 'xv' in refs, [1] in refs)
