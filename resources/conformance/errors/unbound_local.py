# Uncaught UnboundLocalError: a local read before assignment because the name is assigned later.
counter = 0
def bump():
    counter += 1
    return counter
bump()
