# An exception inside a lambda called from sorted() inside a method: frames for <lambda> and the method.
class Sorter:
    def run(self, items):
        return sorted(items, key=lambda s: s.lower())
print(Sorter().run(['b', 'A']))
Sorter().run(['b', None])
