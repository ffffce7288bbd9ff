# Uncaught TypeError inside a method called through a loop, with output printed before the failure.
class Acc:
    def __init__(self):
        self.total = 0
    def add(self, v):
        self.total = self.total + v
        return self.total
a = Acc()
for v in [1, 2, None, 4]:
    print(a.add(v))
