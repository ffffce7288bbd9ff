def f(xs):
    for x in xs:
        try:
            x()
        except Exception as e:
            if e:
                break
            continue
    return 1
