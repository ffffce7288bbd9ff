a = 'x'
b = "y" * 3
c = '\n\t'
d = 'ünï'
e = ''
