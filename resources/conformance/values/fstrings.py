# f-string formatting: widths, alignment, precision, signs, thousands separators, conversions and nesting.
name = 'Ada'
n = 1234567.891
i = 42
print(f'{name}|{name!r}|{name:>6}|{name:<6}|{name:^7}|{name:*^9}')
print(f'{n:.2f}|{n:,.1f}|{n:e}|{n:.3g}|{n:10.1f}|{n:_}')
print(f'{i:5d}|{i:<5d}|{i:05d}|{i:+d}|{-i: d}|{i:x}|{i:#x}|{i:o}|{i:b}|{i:#b}|{i:c}')
print(f'{0.25:%}|{0.25:.0%}|{1e-7:g}|{123456789:,}')
w = 8
print(f'{name:>{w}}|{n:{w}.{2}f}|{i!s:>4}|{[1, 2]!r}')
print(f'{"nested"}', f'{{braces}}', f'{i * 2 = }', f'{name=}')
print(f'{3.0}|{-0.0}|{1e100}|{float("inf")}')
