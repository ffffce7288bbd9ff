import os
import os.path
import os.path as p
from os import path
from os import path as q, sep
from . import x
from .. import y
from .m import z
from os.path import *
