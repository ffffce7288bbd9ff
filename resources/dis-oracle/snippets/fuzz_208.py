a.attr += (lambda q: q + c)
a[(lambda q: q + (not -1))] -= 1
a.attr += ('s' < x <= (lambda q: q + b))
a[([x for y in y if 0] if (x < y <= b) else 10)] -= 1
