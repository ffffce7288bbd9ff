import a.b.c as d
import a.b
from a.b import c as e, f
import x as y
