# Recursion: factorial, fibonacci, mutual recursion, permutations and a recursive tree walk.
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
def perms(xs):
    if not xs:
        return [[]]
    return [[x] + p for i, x in enumerate(xs) for p in perms(xs[:i] + xs[i + 1:])]
def depth(tree):
    return 1 + max((depth(c) for c in tree), default=0)
print(fact(20), fib(20), is_even(31), is_odd(31))
print(perms([1, 2, 3]))
print(depth([[], [[], [[]]], []]))
