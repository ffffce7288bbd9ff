# bytes and bytearray operations: indexing gives ints, slicing, join, hex, find, mutation, and their reprs.
b = b'hello world'
print(b[0], b[-1], b[1:5], b.upper(), b.split(), b.replace(b'o', b'0'), b.find(b'wor'), len(b))
print(b'-'.join([b'a', b'b']), b.hex(), bytes.fromhex('41 42'), bytes(3), bytes([65, 66, 67]), list(b'ab'))
ba = bytearray(b'abc')
ba.append(100)
ba[0] = 65
ba.extend(b'ef')
print(ba, bytes(ba), ba.decode(), ba == b'Abcdef', b'\x00\xff\n\t\'"')
