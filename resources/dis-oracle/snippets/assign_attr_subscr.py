class C: pass
o = C()
o.x = 1
o.x += 2
d = {}
d['k'] = 3
d['k'] -= 1
del d['k']
del o.x
