"""doc"""
from __future__ import division, print_function
from __future__ import generator_stop
import os
print(os.sep)
