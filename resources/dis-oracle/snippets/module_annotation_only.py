x: int
y: list = []
