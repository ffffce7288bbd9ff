# A resurrected object keeps its cycle partner alive too (test_gc.test_resurrection_is_transitive).
import gc
gc.disable()
gc.collect()
class Cargo:
    def __init__(self):
        self.me = self
class Lazarus:
    def __del__(self):
        global saved
        saved = self
saved = None
laz = Lazarus()
cargo = Cargo()
cargo_id = id(cargo)
laz.cargo = cargo
cargo.laz = laz
del laz, cargo
print(gc.collect())
print(type(saved).__name__, id(saved.cargo) == cargo_id, saved.cargo.laz is saved)
saved = None
print(gc.collect())
