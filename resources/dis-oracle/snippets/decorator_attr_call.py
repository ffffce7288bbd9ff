import functools
class A:
    @functools.lru_cache(maxsize=None)
    def f(self, n):
        return n
