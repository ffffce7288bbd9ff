# gc.get_referrers scans tracked objects only: it finds two lists and the module globals, but not a dict holding only untracked values.
import gc
target = object()
l1 = [target]
l2 = [target, target]
d = {'t': target}
refs = gc.get_referrers(target)
print(len(refs))
print(any(r is l1 for r in refs), any(r is l2 for r in refs), any(r is d for r in refs), any(r is globals() for r in refs))
del l1
print(len(gc.get_referrers(target)))
