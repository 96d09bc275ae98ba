"""The benchmarks' commands measured with Python's bytecode kept, as an installed ickg runs.

Where ``PYTHONDONTWRITEBYTECODE`` is set (this machine) and the venv was installed without
compiling (an editable install), every command a benchmark times compiles ickg, rdflib, click
and the standard library modules it imports from source: 0.5-0.6 of the 2.1 CPU-s of one
document's ``ickg ingest`` into 10,000 (three pairs, meas41), a cost no installed ickg pays
(``pip``/``uv pip install --compile-bytecode`` write the bytecode). ``tests/conftest.py`` keeps the
test run's bytecode the same way (``PYTHONPYCACHEPREFIX``); here the folder is compiled before the
first command is timed, so that no figure holds the compilation.
"""

import os
import subprocess
from pathlib import Path


def keep_bytecode(folder: Path, pythons: list[str], paths: list[str] | None = None) -> bool:
    """Set this process's environment (which the commands inherit) to read and write bytecode in
    ``folder``, and compile into it everything each of ``pythons`` can import (``paths``, else its
    ``sys.path``: the standard library, its site-packages, ickg's sources). Nothing when writing
    bytecode is not turned off or a folder is already set (the caller's choice). Returns whether
    it did. About 15 s a venv on the loaded 2-core machine, once a run."""
    if not os.environ.get("PYTHONDONTWRITEBYTECODE") or os.environ.get("PYTHONPYCACHEPREFIX"):
        return False
    del os.environ["PYTHONDONTWRITEBYTECODE"]
    os.environ["PYTHONPYCACHEPREFIX"] = str(folder)
    for python in pythons:
        found = paths
        if found is None:
            found = subprocess.run([python, "-c", "import sys, ickg, os; print(chr(10).join([p for p in sys.path "
                                    "if os.path.isdir(p)] + [os.path.dirname(ickg.__file__)]))"],
                                   check=True, capture_output=True, text=True).stdout.split()
        # -q: names only of what fails (a test file of a package written for another Python):
        # those modules are not imported by ickg, so their errors are not ours to show
        subprocess.run([python, "-m", "compileall", "-q", "-j", "2", *found], stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL)
    return True
