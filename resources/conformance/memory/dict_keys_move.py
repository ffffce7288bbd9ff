# A dict's keys table is a separate block that moves when the dict grows: the old table is freed and handed out next.
import sys
N175 = 175                       # run-time length: a constant expression would be folded into one object
make208 = lambda: b'z' * N175    # 33 + 175 = 208 bytes: the size of a 16-slot table of str keys (3.11)
d = {}
for i in range(6):
    d['k%d' % i] = i
print(len(d), sys.getsizeof(d))  # 3.11: 64 + (32 + 16 + 10 * 16): the keys table is 208 bytes
probe = make208()
addr_probe = id(probe)
del probe                        # its block is now the head of its size class's free list
for i in range(6, 11):
    d['k%d' % i] = i             # the 11th key: the keys table moves to a 32-slot table
print(len(d), sys.getsizeof(d))
y = make208()                    # gets the freed keys table, the most recently freed block
z = make208()                    # then the probe's block
print(id(y) == addr_probe, id(z) == addr_probe)
