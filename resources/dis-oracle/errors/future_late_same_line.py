from __future__ import division; import os; from __future__ import print_function
