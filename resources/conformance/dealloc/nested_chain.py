# A chain of objects each holding the next is freed outer first, the __del__ messages cascading down the chain.
class Node:
    def __init__(self, name, nxt=None):
        self.name = name
        self.nxt = nxt
    def __del__(self):
        print('del', self.name)
head = Node('a', Node('b', Node('c')))
print('drop head')
head = None
print('end')
