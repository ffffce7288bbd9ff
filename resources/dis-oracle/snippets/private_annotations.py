class C:
    __x: int = 1
    __y: str
    def __m(self, __p: int) -> int:
        return __p
