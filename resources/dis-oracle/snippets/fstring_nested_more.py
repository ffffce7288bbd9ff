x, w, p = 3.14159, 10, 3
a = f"{x!r:>{w}.{p}}"
b = f"{'nested ' + f'{x:.2f}'}"
c = f"{x:{'>'}{w}}"
d = f"{{literal}} {x}"
