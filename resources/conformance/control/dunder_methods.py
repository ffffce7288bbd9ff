# Operator overloading: __add__, __radd__, __eq__, __lt__, __len__, __getitem__, __iter__, __contains__, __repr__, __str__, __call__, __bool__.
class V:
    def __init__(self, *c):
        self.c = c
    def __add__(self, o):
        return V(*(a + b for a, b in zip(self.c, o.c)))
    def __radd__(self, o):
        return self if o == 0 else NotImplemented
    def __eq__(self, o):
        return isinstance(o, V) and self.c == o.c
    def __lt__(self, o):
        return self.c < o.c
    def __len__(self):
        return len(self.c)
    def __getitem__(self, i):
        return self.c[i]
    def __contains__(self, x):
        return x in self.c
    def __repr__(self):
        return 'V%r' % (self.c,)
    def __str__(self):
        return '<%s>' % ', '.join(map(str, self.c))
    def __call__(self, k):
        return V(*(k * a for a in self.c))
    def __bool__(self):
        return any(self.c)
a = V(1, 2)
b = V(3, 4)
print(a + b, repr(a + b), a == V(1, 2), a != b, a < b, sorted([b, a]))
print(len(a), a[1], list(a), 2 in a, a(3), bool(V(0, 0)), sum([a, b]))
print([a, b], str([a]))
