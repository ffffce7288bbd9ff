# Loops: break/continue, for-else and while-else, nested loops with break, enumerate and zip.
for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print('prime', n)
i = 0
while i < 10:
    i += 1
    if i % 2:
        continue
    if i > 6:
        break
    print('even', i)
else:
    print('no break')
for i, (a, b) in enumerate(zip('xyz', [1, 2, 3])):
    print(i, a, b)
