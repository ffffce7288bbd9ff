# The iterator protocol with a user class, iter() with a sentinel, and unpacking from iterators.
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(4)))
a, *b = Countdown(3)
print(a, b)
it = iter([1, 2, 3, 0, 5])
print(list(iter(lambda: next(it), 0)))
print(next(iter([]), 'default'), dict(zip(Countdown(2), 'ab')))
