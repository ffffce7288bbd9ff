a = "it's"
b = 'say "hi"'
c = 'both \' and "'
d = '\x00\x7f\u200b\u00e9\U0001f600'
e = b'\x00\xff\'"'
f = '\\'
g = 'tab\tnl\n'
h = b"it's"
