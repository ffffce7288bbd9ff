# An exception raised in a finally block while another propagates: the "During handling" chain.
def f():
    try:
        return 1 / 0
    finally:
        [].pop()
f()
