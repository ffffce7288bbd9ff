def f(items):
    return {k: (v := k * 2) for k in items}, v
