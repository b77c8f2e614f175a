#!/usr/bin/env python3
"""Rebuild every gold file of heldout3 from the per-document specs in docs/*.py, then check them.

    cd tests/data/heldout3/tools && python3 build_all.py
Standard library only; nothing here imports the library under test.
"""

import pathlib
import runpy
import subprocess
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
for p in sorted((HERE / "docs").glob("*.py")):
    runpy.run_path(str(p), run_name="__main__")
    print("built", p.stem)
sys.exit(subprocess.call([sys.executable, str(HERE / "check_gold.py")]))
