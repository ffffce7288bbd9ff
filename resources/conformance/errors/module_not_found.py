# Importing a module that does not exist: ModuleNotFoundError with its traceback.
print('importing')
import heapscope_no_such_module
