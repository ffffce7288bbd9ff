def g(path):
    with open(path) as f:
        try:
            yield f.read()
        except OSError:
            yield None
