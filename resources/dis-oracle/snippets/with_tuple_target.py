def f(cm):
    with cm as (a, b):
        return a + b
with (open('a') as x,
      open('b') as y):
    pass
