# A __del__ that stores self resurrects the object; when it dies again __del__ does not run a second time.
saved = []
class Phoenix:
    def __del__(self):
        print('__del__ runs')
        saved.append(self)
p = Phoenix()
del p
print('resurrected:', len(saved))
saved.clear()
print('dropped again')
