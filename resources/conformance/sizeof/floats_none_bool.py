# getsizeof of floats, None, booleans, Ellipsis and NotImplemented.
import sys
print(sys.getsizeof(0.0), sys.getsizeof(1.5), sys.getsizeof(float('inf')), sys.getsizeof(-2e300))
print(sys.getsizeof(None), sys.getsizeof(True), sys.getsizeof(Ellipsis), sys.getsizeof(NotImplemented))
print(sys.getsizeof(1j), sys.getsizeof(object()))
