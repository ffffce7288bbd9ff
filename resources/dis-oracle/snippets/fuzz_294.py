del x
with {[y for y in b if None]: b} as x:
    f([a for x in (-x) if b])
