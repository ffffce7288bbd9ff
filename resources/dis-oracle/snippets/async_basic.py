import asyncio
async def fetch(x):
    await asyncio.sleep(0)
    return x * 2
async def main():
    r = await fetch(1)
    async with asyncio.Lock() as lock:
        r += 1
    async for item in agen():
        print(item)
    else:
        pass
    xs = [await fetch(i) for i in range(3)]
    ys = [i async for i in agen() if i]
    zs = {i: j async for i in agen() for j in range(2)}
    g = (i async for i in agen())
    return r, xs, ys, zs, g
async def agen():
    for i in range(3):
        yield i
        await asyncio.sleep(0)
asyncio.run(main())
