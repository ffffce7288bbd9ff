# Output written before an uncaught exception is kept; print to sys.stderr goes to stderr.
import sys
print('to stdout')
print('to stderr', file=sys.stderr)
raise SystemExit(3)
