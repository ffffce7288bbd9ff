def f(v):
    match v:
        case (a, b) | [b, a, _]:
            return a, b
        case {'x': a, 'y': b} | {'y': b, 'x': a}:
            return a + b
        case (1 as one) | (2 as one):
            return one
