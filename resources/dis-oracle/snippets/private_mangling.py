class Foo:
    __slots_like = 1
    def __init__(self):
        self.__x = 1
        self.__y__ = 2
    def __m(self):
        return self.__x + Foo.__slots_like
    def get(self, __a):
        __b = __a
        return self.__m(), __b
