def f():
    import os
    from os import path
    return os, path
