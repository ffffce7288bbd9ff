def f(lock):
    with lock:
        x = 1
    return x
