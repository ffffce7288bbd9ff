# Compile-time SyntaxWarnings are printed to stderr before the program runs.
x = 1000
print(x is 1000)   
if x is not "a":
    print("not a")


def never_called(y):
    assert (y, "message")
    (1, 2)(3)
    [1, 2][3, 4]
    [1, 2]["a"]
    while y is ():
        y = 2
    return "abc"(y)


print("ran")
