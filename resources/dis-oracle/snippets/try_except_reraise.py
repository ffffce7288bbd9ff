try:
    pass
except ValueError:
    raise
