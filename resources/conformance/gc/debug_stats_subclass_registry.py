# The tp_subclasses dicts made by the program's classes (tracked: they hold weakrefs) move through the generations like other objects under gc.DEBUG_STATS.
import gc


class Base:
    pass


gc.set_debug(gc.DEBUG_STATS)
gc.collect(0)
class Mid(Base):
    pass
gc.collect(1)
class Leaf(Mid):
    pass
class Err(LookupError):
    pass
class Err2(Err):
    pass
gc.collect(0)
class Both(Leaf, Err):
    pass
gc.collect()
gc.set_debug(0)
