# Uncaught AttributeError on an instance, with the caret under the attribute access.
class Box:
    def __init__(self):
        self.width = 3
b = Box()
print(b.width)
print(b.height)
