# Containers: lists, sets, instances, functions are tracked at creation; dicts only once they may hold a GC object.
import gc
class C:
    pass
class S:
    __slots__ = ()
def f():
    pass
x = 5
cases = [
    ('[]', []), ('[1]', [1]), ('set()', set()), ('{1}', {1}), ('{}', {}), ("{'a': 1}", {'a': 1}),
    ("{'a': []}", {'a': []}), ("{1: 'x'}", {1: 'x'}), ('C()', C()), ('S()', S()), ('f', f), ('lambda', lambda: 0),
    ('C', C), ('(x,)', (x,)), ('([],)', ([],)), ('iter([])', iter([])), ('object()', object()),
]
for name, v in cases:
    print(name, gc.is_tracked(v))
