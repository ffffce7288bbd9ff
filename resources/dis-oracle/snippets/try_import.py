try:
    import json
except ImportError:
    json = None
finally:
    pass
