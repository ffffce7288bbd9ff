# A loop variable releases the previous item each iteration; the last one lives until rebound.
class T:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del', self.name)
for i in range(3):
    x = T(i)
    print('made', i)
print('loop done')
x = None
print('end')
