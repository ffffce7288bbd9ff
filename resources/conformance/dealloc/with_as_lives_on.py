# The object bound by "with ... as" stays bound after the block and dies at rebinding; the manager dies when unreferenced.
class T:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del', self.name)
class CM:
    def __enter__(self):
        return T('bound')
    def __exit__(self, *exc):
        print('exit')
    def __del__(self):
        print('del manager')
with CM() as v:
    print('inside')
print('after with', v.name)
v = None
print('end')
