try:
    try:
        x = 1
    except ValueError:
        x = 2
except TypeError:
    x = 3
