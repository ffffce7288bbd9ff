def f(x):
    match x:
        case 0:
            return 'zero'
        case 1 | 2 | 3:
            return 'small'
        case -1:
            return 'neg'
        case None:
            return 'none'
        case True:
            return 'true'
        case str() as s:
            return s
        case _:
            return 'other'
