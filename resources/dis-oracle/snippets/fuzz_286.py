c, b = [c for x in [a for a in b if x] if 's'], f'{x}-{x!r}'
y = (True if a else y)
f({x: f'{c}-{x!r}'})
