from __future__ import annotations
import typing
def f(a: int, b: list[str] = [], *args: tuple[int, ...], c: 'C' | None = None, **kw: dict[str, float]) -> typing.Optional[int]:
    x: int = 1
    return x
class C:
    y: C
    z: list[C] = []
    w: (lambda: 0)
    v: {1: 2, **d}
    u: f'{a!r:>{w}} {{x}}'
    t: a if b else c
    s: not a and (b or c)
    r: -x ** -y
    q: 1 .real
    p: x[1:2, ::3]
    o: [i for i in y if i]
    n: 1e400
    m: (1, 2.5, 'a', b'b', None, ...)
    l: a < b <= c
    k: u'x'
    j: g(*a, **b, c=1)
    g2: x[*a]
def g(x: C):
    y = 1
    def h(z: y) -> y: pass
    return h
o = C()
o.attr: int = 3
d = {}
d['k']: str
