# A __del__ that reads a global during dict.clear and list.pop sees the container's state at that moment.
class T:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del', self.name, len(box))
box = [T(1), T(2), T(3)]
box.pop()
print('popped')
box.pop(0)
print('popped first')
box[0] = 'plain'
print('end')
