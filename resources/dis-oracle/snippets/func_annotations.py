def f(a: int, b: 'str' = 'x') -> None:
    pass
def g(*args: int, **kw: str):
    pass
x: int = 1
y: list
