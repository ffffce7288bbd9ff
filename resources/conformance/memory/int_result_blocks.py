# The block an int result takes is sized by the digits CPython allocated before trimming: x_add asks for one digit more than the longer operand, x_sub for up to the highest differing digit, x_mul for both sizes, long_lshift for size + shifted digits (+1 for a partial digit); one-digit operands are computed exactly. Shown as the most common distance between consecutive results.
big1, big2, big3 = 2 ** 29, 2 ** 59, 2 ** 89
one, three, seven = 1, 3, 7
def most(ds):
    c = {}
    for d in ds:
        c[d] = c.get(d, 0) + 1
    return max(c, key=c.get)
cases = [
    ('1 digit + 1 digit -> 1 digit', lambda: big1 + one),
    ('1 digit + 1 digit -> 2 digits', lambda: big1 + big1),
    ('2 digits + 1 digit', lambda: big2 + three),
    ('2 digits - 2 digits, top digits equal', lambda: (big2 + big1) - big2),
    ('3 digits - 1 digit', lambda: big3 - three),
    ('-(2 digits) - 1 digit', lambda: -big2 - three),
    ('1 digit * 1 digit -> 2 digits', lambda: big1 * seven),
    ('2 digits * 1 digit', lambda: big2 * seven),
    ('2 digits * 2 digits', lambda: big2 * big2),
    ('1 digit << 29', lambda: three << 29),
    ('1 digit << 40', lambda: three << 40),
    ('2 digits << 1', lambda: big2 << 1),
]
for name, make in cases:
    k = [make() for _ in range(3000)]
    print(name, most([id(b) - id(a) for a, b in zip(k, k[1:])]))
