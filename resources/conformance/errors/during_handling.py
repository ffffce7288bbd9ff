# An exception raised while handling another: both tracebacks joined by the "During handling" line.
try:
    [][0]
except IndexError:
    {}['missing']
