# finally blocks run on break, continue and return inside loops, in the right order.
def f():
    out = []
    for i in range(4):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append('f%d' % i)
    return out
print(f())
def g():
    for i in range(3):
        try:
            try:
                return i
            finally:
                print('inner finally', i)
        finally:
            print('outer finally', i)
print(g())
