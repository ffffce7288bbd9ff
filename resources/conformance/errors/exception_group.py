# An uncaught ExceptionGroup (3.11): the boxed traceback with its sub-exceptions.
def fail():
    raise ExceptionGroup('several', [ValueError('bad value'), TypeError('bad type')])
fail()
