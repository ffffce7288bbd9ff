# A finished generator frame keeps no link to its caller: gen_send_ex2 sets frame->previous to NULL before
# _PyFrame_Clear, so the frame object its traceback holds has f_back None, whether it returned an error or was closed.
import sys
def gen():
    yield 1
    raise ValueError("x")
def caller():
    g = gen()
    next(g)
    try:
        next(g)
    except ValueError as e:
        fr = e.__traceback__.tb_next.tb_frame
        print(fr.f_code.co_name, fr.f_back)
caller()
def gen2():
    try:
        yield 1
    except GeneratorExit:
        raise ValueError("closing")
def caller2():
    g = gen2()
    next(g)
    try:
        g.close()
    except ValueError as e:
        fr = e.__traceback__.tb_next.tb_frame
        print(fr.f_code.co_name, fr.f_back)
caller2()
