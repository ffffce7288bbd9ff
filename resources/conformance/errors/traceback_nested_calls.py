# Tracebacks through a generator, a property, a class body, a dict comprehension and a method of a builtin.
class Box:
    @property
    def value(self):
        return {k: 1 / k for k in range(-1, 2)}

def gen(box):
    yield box.value

def run():
    return sorted(gen(Box()), key=len)

run()
