s = 'ünïcödé'
t = s + 'é' + s.upper()
π = 3.14
résumé = [π, s]
print(f'{résumé!r} {π:.1f}')
