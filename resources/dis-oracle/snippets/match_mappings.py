def f(d):
    match d:
        case {}:
            return 0
        case {'a': 1, 'b': b}:
            return b
        case {'k': [x, y], **rest}:
            return x, y, rest
        case {1: _, 2.5: v}:
            return v
        case {**kw}:
            return kw
