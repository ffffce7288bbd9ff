x = 'a'
a = x in {'True', 'None', 'False'}
b = x in {'read', 'write', 'close'}
f = open
def read(): pass
c = x in {'len', 'print', 'zip', 'map'}
d = x in {'spam', 'eggs'}
