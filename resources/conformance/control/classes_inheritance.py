# Classes: inheritance, method overriding, super() chains, MRO with diamonds, isinstance and class attributes.
class Animal:
    kind = 'animal'
    def __init__(self, name):
        self.name = name
    def speak(self):
        return '...'
    def describe(self):
        return '%s the %s says %s' % (self.name, self.kind, self.speak())
class Dog(Animal):
    kind = 'dog'
    def speak(self):
        return 'woof'
class Puppy(Dog):
    def speak(self):
        return super().speak() + '!'
p = Puppy('Rex')
print(p.describe(), isinstance(p, Animal), issubclass(Puppy, Dog), type(p).__name__)
class A:
    def who(self):
        return ['A']
class B(A):
    def who(self):
        return ['B'] + super().who()
class C(A):
    def who(self):
        return ['C'] + super().who()
class D(B, C):
    def who(self):
        return ['D'] + super().who()
print(D().who(), [k.__name__ for k in D.__mro__])
