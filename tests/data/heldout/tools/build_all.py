#!/usr/bin/env python3
"""Regenerate every gold file from tools/specs/*.py (each spec calls goldlib.build)."""
import importlib.util
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
for spec in sorted((HERE / "specs").glob("*.py")):
    mod = importlib.util.spec_from_file_location(spec.stem, spec)
    m = importlib.util.module_from_spec(mod)
    mod.loader.exec_module(m)
    print("built", spec.stem)
