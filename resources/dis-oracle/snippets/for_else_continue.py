for i in range(3):
    if i:
        continue
else:
    print('done')
