def g():
    for i in range(3):
        try:
            try:
                yield i
            except GeneratorExit:
                return
        finally:
            pass
