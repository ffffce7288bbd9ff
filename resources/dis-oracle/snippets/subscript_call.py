d = {'f': print}
d['f'](1)
