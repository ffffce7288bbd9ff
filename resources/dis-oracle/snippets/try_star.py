def f():
    try:
        raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])
    except* ValueError as e:
        print('v', e)
    except* TypeError:
        print('t')
    else:
        print('else')
    finally:
        print('finally')
try:
    pass
except* OSError as err:
    pass
