def make():
    fs = []
    for i in range(3):
        def f(i=i):
            return i
        fs.append(f)
    total = 0
    def add(n):
        nonlocal total
        total += n
        return total
    return fs, add
