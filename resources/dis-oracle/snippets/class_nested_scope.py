x = 1
class C:
    x = 2
    def f(self):
        return x
    y = [x for _ in range(1)]
