def f(a: int, *args: str, b: int = 1, c, d: float = 2.0, **kw: bool) -> list:
    return [a, b, c, d]
