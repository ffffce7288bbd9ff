l = []
l.sort(reverse=True)
'a'.replace('a', 'b', 1)
