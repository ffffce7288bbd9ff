def g(it):
    try:
        for x in it:
            try:
                yield x
            except ValueError as e:
                yield e
    finally:
        yield 'done'
