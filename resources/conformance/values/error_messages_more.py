# Common runtime error messages of CPython 3.11.
tests = [
    lambda: [1, 2][5], lambda: (1,)[-3], lambda: 'ab'[9], lambda: {}['k'], lambda: {}[(1, 2)],
    lambda: int('x1'), lambda: float('abc'), lambda: [].pop(), lambda: {}.popitem(), lambda: [1].index(5),
    lambda: 'a' + 1, lambda: 1 + 'a', lambda: [] + (), lambda: len(5), lambda: None(), lambda: 5[0],
    lambda: {[]: 1}, lambda: hash([]), lambda: iter(5), lambda: next(iter([])), lambda: 1 / 0, lambda: 1 // 0,
    lambda: 1 % 0, lambda: 2.0 / 0, lambda: int(None), lambda: abs('x'), lambda: max([]), lambda: min(),
    lambda: sum(['a']), lambda: 'x' * 'y', lambda: -'x', lambda: ~1.5, lambda: [1, 2] < 'x', lambda: object().x,
    lambda: setattr(object(), 'y', 1), lambda: divmod(1, 0), lambda: chr(-1), lambda: ord('ab'), lambda: range(1.5),
    lambda: list(1), lambda: tuple(None), lambda: dict([1]), lambda: set([[1]]), lambda: sorted([1, 'a']),
    lambda: 'abc'.index('z'), lambda: int('5', 1), lambda: round('x'), lambda: isinstance(1, 2), lambda: getattr(1, 'nope'),
    lambda: (lambda a, b: 0)(1), lambda: (lambda a: 0)(1, 2), lambda: (lambda a: 0)(b=1), lambda: (lambda *, k: 0)(),
]
for i, t in enumerate(tests):
    try:
        t()
        print(i, 'no error')
    except Exception as e:
        print(i, type(e).__name__, e)
