# AttributeError with the 3.11 "Did you mean" suggestion for a misspelt attribute.
class Box:
    def __init__(self):
        self.width = 1
        self.height = 2
b = Box()
print(b.widht)
