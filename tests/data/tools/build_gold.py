#!/usr/bin/env python3
"""Rebuild every gold file of a held-out set from its per-document specs (SET_DIR/tools/docs/*.py,
which import the set's ``goldlib``), then check them with check_gold.py.

    python3 tests/data/tools/build_gold.py tests/data/heldout3
Standard library only; nothing here imports the library under test.
"""

import pathlib
import runpy
import subprocess
import sys

HERE = pathlib.Path(__file__).resolve().parent
set_dir = pathlib.Path(sys.argv[1]).resolve()
sys.path.insert(0, str(set_dir / "tools"))
for p in sorted((set_dir / "tools" / "docs").glob("*.py")):
    runpy.run_path(str(p), run_name="__main__")
    print("built", p.stem)
sys.exit(subprocess.call([sys.executable, str(HERE / "check_gold.py"), str(set_dir)]))
