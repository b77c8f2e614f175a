#!/usr/bin/env python3
"""Build all gold files: python3 tools/build.py [module ...] (run from tests/data/heldout)."""
import importlib, pathlib, sys
HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE)); sys.path.insert(0, str(HERE / "docs"))
import os; os.chdir(HERE.parent)
mods = sys.argv[1:] or sorted(p.stem for p in (HERE / "docs").glob("*.py"))
for m in mods:
    importlib.import_module(m).build()
