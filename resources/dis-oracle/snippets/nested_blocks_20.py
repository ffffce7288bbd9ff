def f(x):
    for a in x:
        for b in x:
            for c in x:
                for d in x:
                    for e in x:
                        for g in x:
                            for h in x:
                                for i in x:
                                    for j in x:
                                        for k in x:
                                            while x:
                                                try:
                                                    with x:
                                                        pass
                                                finally:
                                                    pass
                                                break
    return x
