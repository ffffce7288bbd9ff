async def f(cm, it):
    async for x in it:
        async with cm:
            if x:
                break
            continue
    async with cm as a, cm as b:
        return a, b
async def g():
    try:
        await h()
    finally:
        await h()
    return [x for x in await h()]
