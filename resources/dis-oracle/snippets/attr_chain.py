import os
p = os.path.join('a', 'b')
q = os.path.sep
