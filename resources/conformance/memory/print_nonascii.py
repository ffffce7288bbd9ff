# Non-ASCII text written to stdout is encoded to a bytes object that waits in the pending buffer (pymalloc blocks), up to 512 bytes through the encoder's stack buffer, beyond through a resized bytes object.
import sys
g = sys.getallocatedblocks
r = [0] * 8
print('warm up', 'the', 'parser')
sys.stdout.flush()
base = g()
print('h\xe9llo')
r[0] = g() - base
print('\u20ac\u20ac\u20ac')
r[1] = g() - base
print('\U0001f600 smile')
r[2] = g() - base
print('\xe9' * 200)
r[3] = g() - base
print('\xe9' * 300)
r[4] = g() - base
print('\u0416' * 170)
r[5] = g() - base
print('plain ascii text')
r[6] = g() - base
sys.stdout.flush()
r[7] = g() - base
print(r)
