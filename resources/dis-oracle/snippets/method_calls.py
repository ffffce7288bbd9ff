l = []
l.append(1)
l.extend([2, 3])
l.sort(key=None)
s = 'a b'.split()
'x'.join(s)
l.pop().bit_length()
