# __init__ chains through super() with keyword arguments, cooperative multiple inheritance and class attributes shadowed by instances.
class Base:
    tag = 'base'
    def __init__(self, **kw):
        self.seen = ['Base']
        self.extra = kw
class Left(Base):
    def __init__(self, left=None, **kw):
        super().__init__(**kw)
        self.seen.append('Left')
        self.left = left
class Right(Base):
    def __init__(self, right=None, **kw):
        super().__init__(**kw)
        self.seen.append('Right')
        self.right = right
class Both(Left, Right):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.seen.append('Both')
b = Both(left=1, right=2, more=3)
print(b.seen, b.left, b.right, b.extra)
print(b.tag, Both.tag)
b.tag = 'mine'
print(b.tag, Both.tag, Base.tag)
print(isinstance(b, Right), Both.__bases__ == (Left, Right), [c.__name__ for c in Both.__mro__])
