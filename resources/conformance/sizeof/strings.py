# getsizeof of ASCII, Latin-1, UCS-2 and UCS-4 strings of several lengths.
import sys
for s in ['', 'a', 'ab', 'hello', 'x' * 100, 'é', 'café', 'ab\xff', 'Ω', 'ΩΩΩ', '€uro', '😀', 'a😀b']:
    print(len(s), sys.getsizeof(s))
print(sys.getsizeof('abc' + 'def'), sys.getsizeof(str(12345)))
