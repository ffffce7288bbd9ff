a = b = c = []
