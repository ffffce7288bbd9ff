# Uncaught ZeroDivisionError in an expression spread over several lines: how 3.11 marks multi-line spans.
values = [1, 2, 0]
result = (
    values[0]
    / values[2]
)
