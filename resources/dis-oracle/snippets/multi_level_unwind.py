def f(xs):
    try:
        for x in xs:
            with open(x) as fh:
                try:
                    return fh.read()
                finally:
                    print('inner')
    finally:
        print('outer')
