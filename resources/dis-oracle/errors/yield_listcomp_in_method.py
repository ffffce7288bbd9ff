class C:
    def f(self):
        [(yield) for x in y]
