# sys._debugmallocstats() before and after keeping 300 bytes objects in size class 28 (464-byte blocks) and freeing 130 floats: the class-28 row gains 300 blocks in use and the float free list fills to its 100. The other counts include CPython's start-up heap.
import sys
N = 430                      # 33 + 430 = 463 bytes: one 464-byte block each
sys._debugmallocstats()
keep = [b'x' * N for _ in range(300)]
floats = [float(i) + 0.5 for i in range(130)]
del floats
sys._debugmallocstats()
print(len(keep))
