for i in range(3):
    try:
        x = 1 / i
    except ZeroDivisionError:
        continue
    except Exception:
        break
