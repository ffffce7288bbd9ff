# IndentationError: an unexpected indent on a plain statement.
x = 1
    y = 2
