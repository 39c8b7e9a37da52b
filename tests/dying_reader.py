"""A reader that kills its own process on files named *die*: what a crash inside
a reader library (a segfault, the kernel's OOM killer) does to a worker."""
import os
import time
from pathlib import Path

from ledger.io.returned import read_or_problem


def read_or_die(path: Path):
    if "late-die" in path.name:
        time.sleep(0.3)  # dies after the files before it were handed on
    if "die" in path.name:
        os.write(2, b"memory allocation of 549755813888 bytes failed\n")  # what calamine prints as it aborts
        os._exit(134)
    return read_or_problem(path)
