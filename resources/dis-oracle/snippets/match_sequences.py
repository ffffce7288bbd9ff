def f(p):
    match p:
        case []:
            return 0
        case [x]:
            return x
        case [x, y]:
            return x + y
        case [x, *rest]:
            return rest
        case (a, _, *_):
            return a
        case [*_, last]:
            return last
        case [first, *_, last]:
            return first, last
        case [_, _]:
            return 2
