try:
    x = 1 / 0
except ZeroDivisionError:
    x = 2
except (TypeError, ValueError) as e:
    x = 3
