def g(lock):
    with lock:
        yield 1
        yield 2
