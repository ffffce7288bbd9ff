# Traceback shapes: methods, lambdas, nested comprehensions, a multi-line call, and raise ... from.
class Parser:
    def parse(self, text):
        return [self.item(t) for t in text.split(',')]
    def item(self, t):
        convert = lambda s: int(s)
        return convert(t)

def load(text):
    try:
        return Parser().parse(text)
    except ValueError as e:
        raise RuntimeError('could not load') from e

def main():
    return load(
        '1,2,x',
    )

main()
