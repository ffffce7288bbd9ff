# getsizeof of strings built up by concatenation, and of str methods' results (ASCII stays compact, one non-ASCII char widens).
import sys
s = ''
for i in range(8):
    s += 'ab'
    print(len(s), sys.getsizeof(s))
print(sys.getsizeof(s + 'é'), sys.getsizeof(s + 'Ω'), sys.getsizeof(s + '😀'))
print(sys.getsizeof(s.upper()), sys.getsizeof(s[:3]), sys.getsizeof(s * 10), sys.getsizeof('-'.join(['a'] * 5)))
