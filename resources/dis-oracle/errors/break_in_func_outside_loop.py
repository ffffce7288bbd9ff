for i in []:
    def f():
        break
