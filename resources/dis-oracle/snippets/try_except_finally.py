try:
    x = 1
except KeyError as e:
    x = 2
else:
    x = 4
finally:
    x = 3
