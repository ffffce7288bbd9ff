s = ('a b c'
     .upper()
     .split())
r = (s
     [0])
