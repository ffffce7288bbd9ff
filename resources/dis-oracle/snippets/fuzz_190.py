y = (a is not f'{b}-{y!r}')
pass
