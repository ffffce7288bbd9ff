def deco(f):
    return f
def outer():
    k = 1
    @deco
    def f(a: int = 1, *, b: str = 'x') -> None:
        return k
    return f
