def deco(c):
    return c
@deco
class C:
    @staticmethod
    def s():
        pass
    @property
    def p(self):
        return 1
