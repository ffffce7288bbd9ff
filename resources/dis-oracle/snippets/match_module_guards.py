import sys
cmd = sys.argv
match cmd:
    case ['go', direction] if direction in ('n', 's'):
        print(direction)
    case ['quit' | 'exit']:
        pass
    case [('a' | 'b') as letter, *others]:
        print(letter, others)
    case _ if len(cmd) > 3:
        print('long')
    case _:
        print('?')
match 5:
    case x:
        print(x)
