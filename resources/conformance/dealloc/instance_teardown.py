# Deallocating an instance runs its __del__ first, then releases its attributes in their definition order.
class T:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del', self.name)
class Holder(T):
    def __init__(self):
        super().__init__('holder')
        self.x = T('x')
        self.y = T('y')
        self.z = T('z')
h = Holder()
print('drop holder')
h = None
print('end')
